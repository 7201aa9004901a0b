import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { estimatedStartsMeta } from "./moments.ts";
import { needsSegmentation, segmentWords } from "./segment.ts";

/** What the indexer gets for one built page. */
export interface IndexView {
  /** The page's `<html lang>`, which Pagefind uses to pick the index. */
  lang: string | undefined;
  /** True when the page has a `data-pagefind-body` region (only such pages are indexed). */
  indexed: boolean;
  /** HTML handed to Pagefind: the served page, with CJK text pre-segmented. */
  html: string;
}

/** Ids `toParagraphs` gives transcript paragraphs: `t<seconds>` or `p<n>`, `-2`… when repeated. */
export const transcriptParagraphId = /^(?:t\d+|p\d+)(?:-\d+)?$/;

/**
 * The copy of a built page that Pagefind indexes; the served page is never
 * changed.
 *
 * - CJK pages: every text node inside `data-pagefind-body` is pre-segmented
 *   (see segment.ts).
 * - Transcript paragraphs: Pagefind stores every element with an id as an
 *   anchor together with the element's whole text, which would store each
 *   transcript twice in the page's fragment (measured: +95 % on a one-hour
 *   English episode). So the paragraph's id moves to a `<span>` at its start
 *   holding only the speaker's name (from the paragraph's `.speaker`, which
 *   the page itself keeps out of the index with its time link and buttons):
 *   the anchor keeps its word position and carries the speaker, and the
 *   paragraph's words are read back from the page's content between two
 *   anchors (moments.ts).
 * - Estimated times: a `p<n>` paragraph whose start the page estimated from
 *   the episode's length (`data-start`) links with `?t=` on the page, but an
 *   anchor carries only its id. Those starts go into one page metadata field,
 *   `starts` (`p1=0 p2=41`, whole seconds as moment links use them), so a
 *   search hit can link the paragraph as the page does (moments.ts). Exactly
 *   timed paragraphs need none: their id `t<seconds>` is their start.
 * Metadata attributes are untouched.
 */
export function toIndexView(servedHtml: string): IndexView {
  const tree = fromHtml(servedHtml);
  const html = tree.children.find((node): node is Element => node.type === "element" && node.tagName === "html");
  const lang = typeof html?.properties.lang === "string" ? html.properties.lang : undefined;
  let indexed = false;
  let changed = false;
  const holders = new WeakSet<Element>();
  const estimatedStarts: string[] = [];
  let body: Element | undefined;
  const segment = needsSegmentation(lang) && lang ? (text: string) => segmentWords(text, lang) : undefined;

  const visit = (nodes: ElementContent[] | Root["children"], inBody: boolean) => {
    for (const node of nodes) {
      if (node.type === "text" && inBody && segment) {
        node.value = segment(node.value);
        changed = true;
      }
      if (node.type !== "element") continue;
      const id = node.properties.id;
      if (typeof id === "string" && transcriptParagraphId.test(id) && !holders.has(node)) {
        const start = Number(node.properties.dataStart ?? Number.NaN);
        if (id.startsWith("p") && Number.isFinite(start)) estimatedStarts.push(`${id}=${Math.floor(start)}`);
        const speaker = findSpeaker(node);
        const holder: Element = { type: "element", tagName: "span", properties: { id }, children: speaker ? [{ type: "text", value: speaker }] : [] };
        holders.add(holder);
        delete node.properties.id;
        node.children.unshift(holder);
        changed = true;
      }
      const isBody = node.properties.dataPagefindBody !== undefined;
      if (isBody) {
        indexed = true;
        body ??= node;
      }
      // Scripts and styles are never indexed; their text must stay byte-exact.
      if (node.tagName === "script" || node.tagName === "style") continue;
      visit(node.children, inBody || isBody);
    }
  };
  visit(tree.children, false);
  if (body && estimatedStarts.length > 0) {
    body.children.push({ type: "element", tagName: "span", properties: { dataPagefindMeta: `${estimatedStartsMeta}:${estimatedStarts.join(" ")}` }, children: [] });
    changed = true;
  }
  return { lang, indexed, html: changed ? toHtml(tree) : servedHtml };
}

/** Text of the first `.speaker` element inside a transcript paragraph. */
function findSpeaker(paragraph: Element): string | undefined {
  for (const child of paragraph.children) {
    if (child.type !== "element") continue;
    const classes = child.properties.className;
    if (Array.isArray(classes) && classes.includes("speaker")) return textOf(child).trim() || undefined;
    const inner = findSpeaker(child);
    if (inner) return inner;
  }
  return undefined;
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}
