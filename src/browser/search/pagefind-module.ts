/**
 * Pagefind's `pagefind.js` with precision: a module of the same shape
 * (`createInstance`, then `search`, `filters`, …) that delegates to the real
 * bundle one folder up and replaces `search` with the precise query path
 * (precise-search.ts), so the search panel (search-panel.ts) only ever sees
 * checked results, honest counts and moment links. Any other code written for
 * Pagefind's JS API can load it the same way.
 *
 * Built for the browser by the Pagefind integration (esbuild) into
 * `dist/pagefind/precise/pagefind.js`.
 */
import { chaptersMeta } from "../../lib/search/moment-chapters.ts";
import { defaultResultStrings, type SearchResultStrings } from "../../lib/search/moment-label.ts";
import { estimatedStartsMeta } from "../../lib/search/moments.ts";
import { pagefindMetaValue } from "../../lib/search/page-fields.ts";
import { preciseSearch, type CheckedResult, type PagefindSearchApi } from "./precise-search.ts";
import type { QueryTerm } from "../../lib/search/query.ts";
import { resultCard, type ResultMoment } from "./result-card.ts";
import { wordJoiner } from "../../lib/search/segment.ts";

interface RealInstance extends PagefindSearchApi {
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
}

interface RealModule {
  createInstance(options: Record<string, unknown>): RealInstance;
}

/** Our own options, removed before the rest go to Pagefind (which warns about unknown ones). */
export interface PreciseOptions {
  /** Label for a transcript moment without time or speaker, e.g. "Transcript". */
  transcriptLabel?: string;
  /** How result labels read, in the show's language (moment-label.ts); `transcriptLabel` stands in for its `transcript`. */
  resultStrings?: Partial<SearchResultStrings>;
  /** Most candidates checked per query. */
  maxChecked?: number;
}

const realBundle = new URL("../", import.meta.url);

export function createInstance(options: Record<string, unknown> & PreciseOptions = {}) {
  const { transcriptLabel, resultStrings, maxChecked, ...pagefindOptions } = options;
  const strings: SearchResultStrings = { ...defaultResultStrings, ...(transcriptLabel ? { transcript: transcriptLabel } : {}), ...resultStrings };
  const loading = import(/* @vite-ignore */ new URL("pagefind.js", realBundle).href) as Promise<RealModule>;
  // noWorker: Pagefind 1.5+ would also fetch pagefind-worker.js, a second
  // copy of the search runtime (43 KB), to decode the index off the main
  // thread. On the first query that copy alone is over a quarter of the
  // 150 KB budget, and this module reads fragments on the main
  // thread anyway. Revisit with the 1,000-episode benchmark.
  // Results come back under the folder above the bundle (Pagefind's default baseUrl): the index holds
  // site paths, so a site published under /podcast/ gets /podcast/episodes/… with no setting.
  const real = loading.then((module) => module.createInstance({ basePath: realBundle.pathname, noWorker: true, ...pagefindOptions }));
  return {
    async search(term: string | null, searchOptions: Record<string, unknown> = {}) {
      const instance = await real;
      // No words: a filter-only browse, which Pagefind answers exactly.
      if (term === null || !term.trim()) {
        const browse = await instance.search(term, searchOptions);
        if (!browse) return browse;
        // Titles as written, as in a query's results (toUiData).
        const results = browse.results.map((result) => ({ ...result, data: async () => withShownTitle(await result.data()) }));
        return { ...browse, results };
      }
      const response = await preciseSearch(instance, term, { ...searchOptions, ...(maxChecked ? { maxChecked } : {}) });
      const results = response.results.map((result) => ({
        id: result.id,
        score: result.score,
        words: result.words,
        data: async () => toUiData(result, response.terms, strings),
      }));
      return {
        results,
        unfilteredResultCount: results.length,
        filters: response.filters,
        totalFilters: response.totalFilters,
        complete: response.complete,
      };
    },
    debouncedSearch(term: string, searchOptions?: Record<string, unknown>) {
      return this.search(term, searchOptions);
    },
    filters: async () => (await real).filters(),
    mergeIndex: async (path: string, mergeOptions?: Record<string, unknown>) => (await real).mergeIndex(path, mergeOptions),
    preload: async (term: string, preloadOptions?: Record<string, unknown>) => (await real).preload(term, preloadOptions),
    options: async (more: Record<string, unknown>) => (await real).options(more),
    init: async () => (await real).init(),
    destroy: async () => (await real).destroy(),
  };
}

/**
 * Pagefind's result data, reshaped for a result card (result-card.ts): the
 * main link (`url`) goes to the best match and its excerpt is cut there, from
 * the page's own text; `where` says what that place is (a moment's time,
 * speaker and chapter, or a section's heading); the sub-results are the other
 * transcript moments, labelled the same way (`title` as shown, `aria_label`
 * as read out). Our result renderer (src/browser/search-card.ts) reads all of
 * it; Pagefind's stock template, should it be used, still finds `url`,
 * `excerpt` and `sub_results` where it expects them.
 */
function toUiData(result: CheckedResult, terms: QueryTerm[], strings: SearchResultStrings) {
  const { fragment, moments } = result;
  const card = resultCard(fragment, terms, moments, strings);
  // Estimated starts and chapter starts are for links and labels (moments.ts, moment-chapters.ts), not for showing.
  const { [estimatedStartsMeta]: _starts, [chaptersMeta]: _chapters, ...meta } = fragment.meta;
  const title = shownTitle(fragment);
  return {
    ...fragment,
    url: card.url,
    meta: { ...meta, title },
    excerpt: card.excerpt.excerptHtml,
    plain_excerpt: card.excerpt.text,
    ...(card.where ? { where: card.where, link_label: `${title}${strings.separator}${card.where.spoken}` } : {}),
    sub_results: card.moments.map(toSubResult),
  };
}

function toSubResult(moment: ResultMoment) {
  return {
    title: moment.label.text,
    aria_label: moment.label.name,
    url: moment.url,
    excerpt: moment.excerptHtml,
    plain_excerpt: moment.text,
    locations: [moment.matchedTerms],
    weighted_locations: [],
  };
}

/** A title with a comma was stored with it escaped (page-fields.ts), and CJK words joined for the indexer: shown as written. */
function shownTitle(fragment: { meta: Record<string, string | undefined> }): string {
  return pagefindMetaValue((fragment.meta.title ?? "").replaceAll(wordJoiner, ""));
}

function withShownTitle<T extends { meta: Record<string, string | undefined> }>(fragment: T): T {
  return { ...fragment, meta: { ...fragment.meta, title: shownTitle(fragment) } };
}
