import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
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

/**
 * The copy of a built page that Pagefind indexes. For CJK pages every text
 * node inside `data-pagefind-body` is pre-segmented (see segment.ts); element
 * structure, ids and `data-pagefind-*` attributes are untouched, so anchors
 * (transcript paragraph ids) and metadata are exactly those of the served page.
 */
export function toIndexView(servedHtml: string): IndexView {
  const tree = fromHtml(servedHtml);
  const html = tree.children.find((node): node is Element => node.type === "element" && node.tagName === "html");
  const lang = typeof html?.properties.lang === "string" ? html.properties.lang : undefined;
  let indexed = false;
  const segment = needsSegmentation(lang) && lang ? (text: string) => segmentWords(text, lang) : undefined;

  const visit = (nodes: ElementContent[] | Root["children"], inBody: boolean) => {
    for (const node of nodes) {
      if (node.type === "text" && inBody && segment) node.value = segment(node.value);
      if (node.type !== "element") continue;
      const isBody = node.properties.dataPagefindBody !== undefined;
      if (isBody) indexed = true;
      // Scripts and styles are never indexed; their text must stay byte-exact.
      if (node.tagName === "script" || node.tagName === "style") continue;
      visit(node.children, inBody || isBody);
    }
  };
  visit(tree.children, false);
  return { lang, indexed, html: segment ? toHtml(tree) : servedHtml };
}
