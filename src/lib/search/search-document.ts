import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { EpisodePage } from "../page-data/episode-view.ts";
import { chaptersMeta, formatChapterStarts } from "./moment-chapters.ts";
import { estimatedStartsMeta } from "./moments.ts";
import { pagefindPair, type SearchFields } from "./page-fields.ts";
import { needsSegmentation, segmentWords } from "./segment.ts";
import { episodePath } from "../urls/site-urls.ts";

/**
 * What the search index reads for one episode: the words of the episode
 * page's indexed region (`data-pagefind-body`) and its search fields, as
 * plain data.
 *
 * Why not the built page itself: reading 1,000 built two-hour pages back,
 * parsing and re-serialising them took 34 s of a 211 s build, and the index
 * could only start once every page was written. Built from the same page
 * data (`toEpisodePage`) while content loads, the documents let the index be
 * built on the second core while Astro renders on the first
 * (src/integrations/pagefind.ts). tests/site/search-document.test.ts indexes
 * built pages and these documents with Pagefind and checks that they give
 * the same text, anchors, metadata and filters.
 *
 * The document mirrors the page's components: header (episode number, title,
 * description), summary, takeaways, chapters, transcript. Left out, as the
 * page marks them: the facts and tag list, the player, the notes about the
 * page and the newsletter block (see the page's `data-pagefind-ignore`).
 */
export interface SearchDocument {
  /**
   * The page's site path, `/episodes/<slug>/`, without the site's base: Pagefind
   * puts its results under the folder above its bundle (its default `baseUrl`,
   * `/podcast/` for `/podcast/pagefind/`), as it does for pages it indexes from dist/.
   */
  url: string;
  lang: string;
  fields: SearchFields;
  numberLabel?: string;
  title: string;
  description?: string;
  summary: { heading: string; html: string };
  takeaways: { heading: string; html: string[] };
  /** `start`: whole seconds, for a timed chapter (search results name a moment's chapter, moment-chapters.ts). */
  chapters: { heading: string; items: { time?: string; start?: number; title: string }[] };
  transcript: { heading: string; empty?: string; paragraphs: SearchParagraph[] };
}

export interface SearchParagraph {
  id: string;
  speaker?: string;
  /**
   * The paragraph's words as one text. The page marks English stretches in
   * Chinese with `<span lang="en">`; the index is better without: segmented
   * whole, a word is never glued to the next across a span's edge, and with
   * no spans Pagefind indexed 300 two-hour Chinese episodes in 7.9 s instead
   * of 13.6 s.
   */
  text: string;
  /** Whole seconds, for a `p<n>` paragraph whose start the page estimated. */
  estimatedStart?: number;
}

/** The page's headings and notes, in the page's language (src/i18n). */
export interface SearchDocumentStrings {
  summary: string;
  takeaways: string;
  chapters: string;
  transcript: string;
  noTranscript: string;
}

export function toSearchDocument(page: EpisodePage, summaryHtml: string, fields: SearchFields, strings: SearchDocumentStrings): SearchDocument {
  return {
    url: episodePath(page.slug),
    lang: page.lang,
    fields,
    ...(page.numberLabel ? { numberLabel: page.numberLabel } : {}),
    title: page.title,
    ...(page.description ? { description: page.description } : {}),
    summary: { heading: strings.summary, html: summaryHtml },
    takeaways: { heading: strings.takeaways, html: page.takeaways.map((takeaway) => takeaway.html) },
    chapters: {
      heading: strings.chapters,
      items: page.chapters.map((chapter) => ({
        ...(chapter.time && chapter.href ? { time: chapter.time.text } : {}),
        ...(chapter.start !== undefined ? { start: Math.floor(chapter.start) } : {}),
        title: chapter.title,
      })),
    },
    transcript: {
      heading: strings.transcript,
      ...(page.paragraphs.length === 0 ? { empty: strings.noTranscript } : {}),
      paragraphs: page.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        ...(paragraph.speaker ? { speaker: paragraph.speaker } : {}),
        text: paragraph.text,
        // Exactly timed paragraphs need none: their id `t<seconds>` is their start.
        ...(paragraph.id.startsWith("p") && paragraph.start !== undefined ? { estimatedStart: Math.floor(paragraph.start) } : {}),
      })),
    },
  };
}

/**
 * The HTML Pagefind indexes for a search document.
 *
 * - CJK pages: every text node is pre-segmented into words (segment.ts).
 * - Transcript paragraphs: Pagefind stores every element with an id as an
 *   anchor together with the element's whole text, which would store each
 *   transcript twice in the page's fragment (measured: +95 % on a one-hour
 *   English episode). So the paragraph's id is on a `<span>` at its start
 *   holding only the speaker's name: the anchor keeps its word position and
 *   carries the speaker, and the paragraph's words are read back from the
 *   page's content between two anchors (moments.ts).
 * - Estimated times: a `p<n>` paragraph whose start the page estimated links
 *   with `?t=` on the page, but an anchor carries only its id. Those starts
 *   go into one metadata field, `starts` (`p1=0 p2=41`), so a search hit can
 *   link the paragraph as the page does (moments.ts).
 * - Kept between builds, beside its document (search-documents-folder.ts,
 *   `readSearchIndexInput`): a change to what this function writes must bump
 *   the `search-index-html-…` version there, or a rebuild indexes the old HTML.
 * - Chapters: a result names the chapter its moment falls in, so the timed
 *   chapters' starts and titles go into one metadata field, `chapters`
 *   (`[[0,"Intro"],[64,"Good audio"]]`, moment-chapters.ts).
 */
export function searchDocumentHtml(document: SearchDocument): string {
  const { fields, transcript } = document;
  const estimatedStarts = transcript.paragraphs.flatMap((paragraph) =>
    paragraph.estimatedStart === undefined ? [] : [`${paragraph.id}=${paragraph.estimatedStart}`],
  );
  const chapterStarts = formatChapterStarts(document.chapters.items);
  const body = h("article", { dataPagefindBody: "" }, [
    h("div", { hidden: true }, [
      ...Object.entries(fields.meta).map(([key, value]) => h("span", { dataPagefindMeta: pagefindPair(key, value) })),
      ...Object.entries(fields.filters).flatMap(([key, values]) => values.map((value) => h("span", { dataPagefindFilter: pagefindPair(key, value) }))),
      ...Object.entries(fields.sort).map(([key, value]) => h("span", { dataPagefindSort: pagefindPair(key, value) })),
    ]),
    h("header", [
      document.numberLabel ? h("p", document.numberLabel) : undefined,
      h("h1", document.title),
      document.description ? h("p", document.description) : undefined,
    ]),
    h("section", [h("h2", { id: "summary-heading" }, document.summary.heading), ...fragment(document.summary.html)]),
    document.takeaways.html.length === 0
      ? undefined
      : h("section", [h("h2", { id: "takeaways-heading" }, document.takeaways.heading), h("ul", document.takeaways.html.map((html) => h("li", fragment(html))))]),
    document.chapters.items.length === 0
      ? undefined
      : h("section", [
          h("h2", { id: "chapters-heading" }, document.chapters.heading),
          h("ol", document.chapters.items.map((chapter) => h("li", [chapter.time ? h("a", chapter.time) : undefined, h("span", chapter.title)]))),
        ]),
    h("section", [
      h("h2", { id: "transcript-heading" }, transcript.heading),
      transcript.empty ? h("p", transcript.empty) : undefined,
      ...transcript.paragraphs.map((paragraph) =>
        h("div", [
          h("span", { id: paragraph.id }, paragraph.speaker ?? []),
          h("p", paragraph.text),
        ]),
      ),
    ]),
    chapterStarts !== undefined ? h("span", { dataPagefindMeta: pagefindPair(chaptersMeta, chapterStarts) }) : undefined,
    estimatedStarts.length > 0 ? h("span", { dataPagefindMeta: `${estimatedStartsMeta}:${estimatedStarts.join(" ")}` }) : undefined,
  ]);
  if (needsSegmentation(document.lang)) segmentText(body, document.lang);
  const tree: Root = { type: "root", children: [h("html", { lang: document.lang }, [h("body", [body])])] };
  return toHtml(tree);
}

/** Summary and takeaway HTML as the page renders it (already sanitised by the Markdown pipeline). */
function fragment(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

function segmentText(node: Element, lang: string): void {
  for (const child of node.children) {
    if (child.type === "text") child.value = segmentWords(child.value, lang);
    else if (child.type === "element") segmentText(child, lang);
  }
}
