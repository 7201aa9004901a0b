import { chapterAt, chaptersMeta, parseChapterStarts } from "../../lib/search/moment-chapters.ts";
import { momentLabel, type ResultLabel, type SearchResultStrings } from "../../lib/search/moment-label.ts";
import { excerpt, excerptLengthFor, wordsOf, type PagefindFragment, type SearchMoment } from "../../lib/search/moments.ts";
import { containsTerm, prepareText, type QueryTerm } from "../../lib/search/query.ts";
import { wordJoiner } from "../../lib/search/segment.ts";

/**
 * What one search result shows: where its main link lands, the excerpt
 * beside it, and the other moments below it.
 *
 * The main link goes where its excerpt comes from, the best match on the
 * page: the transcript moment with the most of the searched words (the first
 * one said, when several have as many), linked as the page links it
 * (`?t=…#t…`, so the player starts there). Only when the summary, the
 * takeaways or the chapter list hold more of the words than any moment does
 * the link go to that section's heading; a match in the title or description
 * alone opens the page at its top. The sub-results are the other moments,
 * each labelled by time, speaker and chapter (moment-label.ts).
 */

export interface ResultMoment {
  /** As shown: `≈ 3:10 · Alice · Intro`; as read out: `about 3:10, Alice, chapter: Intro`. */
  label: ResultLabel;
  url: string;
  text: string;
  excerptHtml: string;
  matchedTerms: number;
}

export interface ResultCard {
  /** The main link. */
  url: string;
  /** Where the main link lands, when not the page's top: a moment's label or a section's heading. */
  where?: ResultLabel;
  /** The main excerpt, searched words in `<mark>`, everything else escaped. */
  excerpt: { text: string; excerptHtml: string };
  /** Every other moment with the words, in page order. */
  moments: ResultMoment[];
}

/** Sections of the page a main link may land on, by their heading's id (search-document.ts). */
const sections = new Set(["summary-heading", "takeaways-heading", "chapters-heading"]);

interface Region {
  /** Anchor id of the section's heading; undefined for the page's header (title, description). */
  id?: string;
  heading?: string;
  text: string;
  matchedTerms: number;
}

export function resultCard(fragment: PagefindFragment, terms: QueryTerm[], moments: readonly SearchMoment[], strings: SearchResultStrings): ResultCard {
  const page = fragment.url.replace(/[?#].*$/, "");
  const chapters = parseChapterStarts(fragment.meta[chaptersMeta]);
  const labelled = moments.map((moment) => ({
    moment,
    label: momentLabel({ ...moment, chapter: moment.seconds === undefined ? undefined : chapterAt(moment.seconds, chapters)?.title }, strings),
  }));
  const best = labelled.reduce<(typeof labelled)[number] | undefined>((found, next) => (found && found.moment.matchedTerms >= next.moment.matchedTerms ? found : next), undefined);
  const region = regions(fragment, terms).reduce<Region | undefined>((found, next) => (found && found.matchedTerms >= next.matchedTerms ? found : next), undefined);
  const others = labelled.filter((entry) => entry !== best).map(({ moment, label }) => ({ label, url: moment.url, text: moment.text, excerptHtml: moment.excerptHtml, matchedTerms: moment.matchedTerms }));

  if (best && best.moment.matchedTerms >= (region?.matchedTerms ?? 0)) {
    const text = best.moment.paragraphText;
    return { url: best.moment.url, where: best.label, excerpt: excerpt(text, terms, excerptLengthFor(text) * 2), moments: others };
  }
  if (region && region.matchedTerms > 0) {
    return {
      url: region.id ? `${page}#${region.id}` : fragment.url,
      ...(region.heading ? { where: { text: region.heading, spoken: region.heading, name: region.heading } } : {}),
      excerpt: excerpt(region.text, terms, excerptLengthFor(region.text) * 2),
      moments: others,
    };
  }
  // The words are only in the title metadata (no text region holds them): the page's top, the excerpt from its whole text.
  const content = fragment.content.replaceAll(wordJoiner, "");
  return { url: fragment.url, excerpt: excerpt(content, terms, excerptLengthFor(content) * 2), moments: others };
}

/** The page's header and its summary, takeaways and chapter sections, as words between Pagefind's anchors. */
function regions(fragment: PagefindFragment, terms: QueryTerm[]): Region[] {
  const anchors = [...(fragment.anchors ?? [])].sort((a, b) => a.location - b.location);
  const { words, joiner } = wordsOf(fragment.raw_content ?? fragment.content);
  const slice = (from: number, to: number) => words.slice(from, to).join(joiner).replaceAll(wordJoiner, "").trim();
  const found: Region[] = [];
  const add = (region: Omit<Region, "matchedTerms">) => {
    const checked = prepareText(region.text);
    found.push({ ...region, matchedTerms: terms.filter((term) => containsTerm(checked, term)).length });
  };
  add({ text: slice(0, anchors[0]?.location ?? words.length) });
  anchors.forEach((anchor, i) => {
    if (!sections.has(anchor.id)) return;
    const next = anchors.slice(i + 1).find((other) => other.location > anchor.location)?.location ?? words.length;
    const heading = (anchor.text ?? "").replaceAll(wordJoiner, "").trim();
    let text = slice(anchor.location, next);
    // The region starts with its heading's own words, which are the page's chrome, not what was said.
    if (heading && text.startsWith(heading)) text = text.slice(heading.length).replace(/^[\s.]+/, "");
    add({ id: anchor.id, heading, text });
  });
  return found;
}
