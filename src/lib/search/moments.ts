import { momentSuffix } from "../urls/site-urls.ts";
import { formatClock } from "../timing/time.ts";
import { containsAllTerms, containsTerm, findTerm, prepareText, type QueryTerm } from "./query.ts";
import { wordJoiner } from "./segment.ts";

/**
 * Turns a Pagefind result into the moments a listener can jump to: one per
 * transcript paragraph that really contains the searched words.
 *
 * Pagefind records every element with an `id` inside the indexed region as an
 * anchor (`{ id, text, location }`), but only builds sub-results for headings.
 * Transcript paragraphs carry their moment id (`t<seconds>` or `p<n>`, from
 * `toParagraphs`), so the paragraphs are read from the anchors here, checked
 * against the query's terms and linked exactly as the episode page links them
 * (`paragraphHref`), after the page's own address as the index holds it (so
 * under the site's base path, if any): `/episodes/<slug>/?t=<seconds>#t<seconds>`; for a
 * paragraph whose start the page estimated, `?t=<estimate>#p<n>` (the start
 * comes from the page's `starts` metadata, search-document.ts); `#p<n>` when the
 * paragraph has no time at all.
 */

/** Page metadata field listing estimated paragraph starts: `p1=0 p2=41`. */
export const estimatedStartsMeta = "starts";

/** Reads the `starts` metadata field back: paragraph id → whole seconds. */
export function parseEstimatedStarts(value: string | undefined): Map<string, number> {
  const starts = new Map<string, number>();
  for (const pair of (value ?? "").split(/\s+/)) {
    const [id, seconds] = pair.split("=");
    if (id && seconds !== undefined && /^\d+$/.test(seconds)) starts.set(id, Number(seconds));
  }
  return starts;
}

/** The part of Pagefind's result data this module reads. */
export interface PagefindFragment {
  url: string;
  /** The page's indexed text, U+200B removed. */
  content: string;
  /** The same with Pagefind's U+200B word breaks kept, which anchor locations count in. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
}

export interface SearchMoment {
  /** Moment link: `/episodes/<slug>/?t=754#t754`, or `/episodes/<slug>/#p3`. */
  url: string;
  /** Paragraph id on the episode page. */
  paragraphId: string;
  /** Start in seconds, when the paragraph is timed or its time estimated. */
  seconds?: number;
  /** `12:34`, when timed. */
  clock?: string;
  /** True when `seconds` is an estimate (shown `≈ 12:34`, as on the page). */
  approximate?: boolean;
  speaker?: string;
  /** Plain text around the first searched word. */
  text: string;
  /** The paragraph's whole text, which a result's main excerpt is cut from (result-card.ts). */
  paragraphText: string;
  /** The same excerpt as HTML, searched words in `<mark>`, everything else escaped. */
  excerptHtml: string;
  /** How many of the query's terms the paragraph contains (all, for moments shown first). */
  matchedTerms: number;
}

const paragraphId = /^(?:t(\d+)(?:-\d+)?|p\d+(?:-\d+)?)$/;

/** Pagefind's word list for a page: U+200B-delimited for segmented pages, else whitespace (as its excerpt code splits). */
export function wordsOf(content: string): { words: string[]; joiner: string } {
  return content.includes(wordJoiner) ? { words: content.split(wordJoiner), joiner: "" } : { words: content.split(/[^\S\uFEFF]+/), joiner: " " };
}

/** Transcript paragraphs of a page containing the terms: those with every term first, then (when none has all) those with the most. */
export function findMoments(fragment: PagefindFragment, terms: QueryTerm[], options: { excerptLength?: number } = {}): SearchMoment[] {
  const moments: SearchMoment[] = [];
  const anchors = [...(fragment.anchors ?? [])].sort((a, b) => a.location - b.location);
  const { words, joiner } = wordsOf(fragment.raw_content ?? fragment.content);
  const estimated = parseEstimatedStarts(fragment.meta[estimatedStartsMeta]);
  // The page's address as the index holds it: a link under the site's base (an absolute one is kept to its path, on this site).
  const page = fragment.url.replace(/[?#].*$/, "").replace(/^[a-z][a-z\d+.-]*:\/\/[^/]+/i, "");
  const episodePage = /\/episodes\/[^/]+\/$/.test(page);
  anchors.forEach((anchor, i) => {
    const match = paragraphId.exec(anchor.id);
    // The search document's id-holder (search-document.ts) is a span at the paragraph's
    // start whose only text is the speaker's name; the paragraph's words are
    // the page's words from there to the next anchor.
    if (!match || anchor.element !== "span") return;
    const next = anchors.slice(i + 1).find((other) => other.location > anchor.location)?.location ?? words.length;
    const speaker = (anchor.text ?? "").replaceAll(wordJoiner, "").trim();
    let text = words.slice(anchor.location, next).join(joiner).replaceAll(wordJoiner, "").trim();
    if (speaker && text.startsWith(speaker)) text = text.slice(speaker.length).trim();
    const checked = prepareText(text);
    const matchedTerms = terms.filter((term) => containsTerm(checked, term)).length;
    if (matchedTerms === 0) return;
    const approximate = match[1] === undefined && estimated.has(anchor.id);
    const seconds = match[1] !== undefined ? Number(match[1]) : estimated.get(anchor.id);
    const paragraph = { id: anchor.id, ...(seconds !== undefined ? { start: seconds } : {}) };
    moments.push({
      // Outside /episodes/<slug>/ (no such page today) the id alone still lands on the paragraph.
      url: episodePage ? `${page}${momentSuffix({ seconds: paragraph.start, paragraphId: paragraph.id })}` : `${page}#${anchor.id}`,
      paragraphId: anchor.id,
      ...(seconds !== undefined ? { seconds, clock: formatClock(seconds) } : {}),
      ...(approximate ? { approximate } : {}),
      ...(speaker ? { speaker } : {}),
      ...excerpt(text, terms, options.excerptLength ?? excerptLengthFor(text)),
      paragraphText: text,
      matchedTerms,
    });
  });
  const best = Math.max(0, ...moments.map((moment) => moment.matchedTerms));
  return moments.filter((moment) => moment.matchedTerms === best);
}

/** Whether the page's indexed text (title, summary, takeaways, chapters, transcript) contains every term. */
export function pageContainsAll(fragment: PagefindFragment, terms: QueryTerm[]): boolean {
  return containsAllTerms(prepareText(`${fragment.meta.title ?? ""} ${fragment.content}`), terms);
}

/** Plain text around the first searched word, and the same as HTML with the words in `<mark>` (everything else escaped). */
export function excerpt(text: string, terms: QueryTerm[], length: number): { text: string; excerptHtml: string } {
  const hits = terms.map((term) => findTerm(text, term)).filter((hit) => hit !== undefined).sort((a, b) => a.start - b.start);
  const first = hits[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  let end = Math.min(text.length, start + length);
  // In spaced scripts, never cut a word in half.
  if (start > 0 && /\S/.test(text[start - 1] ?? "") && / /.test(text.slice(start, first))) start = text.indexOf(" ", start) + 1;
  if (end < text.length && /\S/.test(text[end] ?? "")) {
    const space = text.lastIndexOf(" ", end);
    if (space > (hits[0]?.end ?? start)) end = space;
  }
  let html = start > 0 ? "…" : "";
  let at = start;
  for (const hit of hits) {
    if (hit.start < at || hit.end > end) continue;
    html += escapeHtml(text.slice(at, hit.start)) + `<mark>${escapeHtml(text.slice(hit.start, hit.end))}</mark>`;
    at = hit.end;
  }
  html += escapeHtml(text.slice(at, end)) + (end < text.length ? "…" : "");
  // Words of one phrase read as one mark: <mark>stable diffusion</mark>.
  return { text: text.slice(start, end), excerptHtml: html.replace(/<\/mark>(\s*)<mark>/g, "$1") };
}

/** About two lines either way: CJK characters carry a word or more each, so fewer are needed. */
export function excerptLengthFor(text: string): number {
  const unspaced = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0;
  return unspaced > text.length / 3 ? 60 : 160;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
