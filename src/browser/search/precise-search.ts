import { findMoments, pageContainsAll, type PagefindFragment, type SearchMoment } from "../../lib/search/moments.ts";
import { queryTerms, type QueryTerm } from "../../lib/search/query.ts";

/**
 * The query path: precision, not only recall.
 *
 * Pagefind alone over-matches CJK queries: an unquoted query it splits into
 * several words matches any page with any of those words' prefixes (Pagefind
 * issue #1237; `量子计算` matched a stray `量`, `投资分析师` any `投资`). Quoted, the
 * words must be adjacent, and a 1,000-episode trial showed no false positives.
 * So:
 *   1. the query is first run as a phrase (`"…"`): precise, and cheap because
 *      it returns few pages;
 *   2. then as Pagefind's usual broader query, which finds what segmentation
 *      puts inside a longer word (`城河` in `护城河`) or words far apart;
 *   3. every candidate, phrase ones included, is checked against its own text
 *      (title + indexed content): each term must really occur. Only pages that
 *      pass are returned, and the count is theirs, never Pagefind's.
 * Checking loads a result's fragment (its whole indexed text), so at most `maxChecked` (20) candidates are
 * checked per query, best first (phrase hits, then Pagefind's score order);
 * `complete` says whether any were left unchecked.
 *
 * With a sort (`{ date: "desc" }`, the listener's "newest first"), both passes
 * are asked sorted, and the checked results (phrase hits and broader ones
 * together) are put in that order by the same value, which episode pages also
 * give as metadata (page-fields.ts: `date` is both a sort key and a meta field).
 */

/** The slice of Pagefind's JS API (`pagefind.js` or an instance from `createInstance`) used here. */
export interface PagefindSearchApi {
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment & Record<string, unknown>>;
}

export interface CheckedResult {
  id: string;
  score: number;
  words: number[];
  fragment: PagefindFragment & Record<string, unknown>;
  /** Transcript paragraphs that contain the words, in page order. */
  moments: SearchMoment[];
}

export interface PreciseResponse {
  terms: QueryTerm[];
  results: CheckedResult[];
  /** False when candidates beyond `maxChecked` were not checked (more may exist). */
  complete: boolean;
  /** Filter value counts over the checked results only. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export async function preciseSearch(
  pagefind: PagefindSearchApi,
  query: string,
  options: { filters?: Record<string, unknown>; sort?: Record<string, string>; maxChecked?: number } = {},
): Promise<PreciseResponse> {
  const { maxChecked = 20, ...searchOptions } = options;
  const terms = queryTerms(query);
  if (terms.length === 0) return { terms, results: [], complete: true, filters: {}, totalFilters: {} };

  const phraseQuery = terms.map((term) => `"${term.text}"`).join(" ");
  const broadQuery = terms.map((term) => term.text).join(" ");
  // One phrase per term: Pagefind treats a quoted query as one exact phrase, so
  // with several terms the phrase pass is the whole query quoted.
  const phrase = await pagefind.search(terms.length === 1 ? phraseQuery : `"${broadQuery}"`, searchOptions);
  const broad = await pagefind.search(broadQuery, searchOptions);

  const seen = new Set<string>();
  const candidates: PagefindResult[] = [];
  for (const result of [...(phrase?.results ?? []), ...(broad?.results ?? [])]) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    candidates.push(result);
  }
  const checkedCandidates = candidates.slice(0, maxChecked);
  const fragments = await Promise.all(checkedCandidates.map((result) => result.data()));
  const results: CheckedResult[] = [];
  checkedCandidates.forEach((result, i) => {
    const fragment = fragments[i];
    if (!fragment || !pageContainsAll(fragment, terms)) return;
    results.push({ id: result.id, score: result.score, words: result.words, fragment, moments: findMoments(fragment, terms) });
  });
  if (searchOptions.sort) sortResults(results, searchOptions.sort);
  const totalFilters = broad?.totalFilters ?? phrase?.totalFilters ?? {};
  return { terms, results, complete: candidates.length <= maxChecked, filters: countFilters(results, totalFilters), totalFilters };
}

/** Stable sort by each sort key's metadata value (`asc` or `desc`); pages without the value come last, as Pagefind puts them. */
function sortResults(results: CheckedResult[], sort: Record<string, string>): void {
  const keys = Object.entries(sort);
  results.sort((a, b) => {
    for (const [key, direction] of keys) {
      const left = a.fragment.meta[key];
      const right = b.fragment.meta[key];
      if (left === right) continue;
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      const order = left.localeCompare(right, undefined, { numeric: true });
      return direction === "desc" ? -order : order;
    }
    return 0;
  });
}

/** Filter counts for the results actually shown, every known value listed (0 when none). */
function countFilters(results: CheckedResult[], total: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, values] of Object.entries(total)) counts[name] = Object.fromEntries(Object.keys(values).map((value) => [value, 0]));
  for (const result of results) {
    const filters = (result.fragment.filters ?? {}) as Record<string, string[]>;
    for (const [name, values] of Object.entries(filters)) {
      const bucket = (counts[name] ??= {});
      for (const value of values) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  }
  return counts;
}
