import type { ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { sanitize, type Schema } from "hast-util-sanitize";
import { h } from "hastscript";
import { visit } from "unist-util-visit";
import { formatClock } from "../timing/time.ts";
import { absoluteUrl, makeUrlsAbsolute } from "./absolute-urls.ts";
import type { NewsletterTakeaway } from "./types.ts";

/**
 * Only inline phrasing (plus the paragraphs and lists of a longer item)
 * survives into a newsletter; anything else (raw `<script>`, `<style>`, classes, ids, event
 * handlers) would be stripped or mangled by email clients anyway.
 * hast-util-sanitize does the filtering (an allow-list, not a hand-written
 * block-list); elements not listed are unwrapped so their text stays.
 */
const TAKEAWAY_SCHEMA: Schema = {
  tagNames: ["a", "abbr", "b", "br", "code", "del", "em", "i", "img", "kbd", "li", "mark", "ol", "p", "q", "s", "small", "strong", "sub", "sup", "u", "ul"],
  attributes: {
    a: ["href", "title"],
    abbr: ["title"],
    img: ["src", "alt", "width", "height"],
    "*": ["lang", "dir"],
  },
  protocols: { href: ["http", "https", "mailto"], src: ["http", "https"] },
  strip: ["script", "style", "template", "noscript", "iframe", "object"],
};

/** A takeaway ready for any output: safe inline nodes with absolute URLs, and its moment. */
export interface PreparedTakeaway {
  /** Inline content, sanitised, every URL absolute, ending with the moment link when there is one. */
  children: ElementContent[];
  text: string;
  moment?: { seconds: number; url: string; label: string };
}

/**
 * Parses, sanitises and absolutises one takeaway. When the takeaway cites a
 * moment its HTML does not already link to, a moment link (`12:34`) is
 * appended, so every output links back to the moment either way.
 */
export function prepareTakeaway(takeaway: NewsletterTakeaway, episodeUrl: string): PreparedTakeaway {
  const tree = sanitize(fromHtml(takeaway.html, { fragment: true }), TAKEAWAY_SCHEMA) as Root;
  makeUrlsAbsolute(tree, episodeUrl);
  const children = tree.children.filter((node): node is ElementContent => node.type !== "doctype");
  if (takeaway.moment === undefined) return { children, text: takeaway.text };

  const seconds = Math.floor(takeaway.moment);
  const url = absoluteUrl(takeaway.momentHref ?? `?t=${seconds}`, episodeUrl);
  const label = formatClock(seconds);
  if (!canonicaliseMomentLinks(tree, url, seconds)) children.push({ type: "text", value: " " }, h("a", { href: url }, label));
  return { children, text: takeaway.text, moment: { seconds, url, label } };
}

/**
 * Points links the takeaway already has to that moment of that page
 * (`?t=<seconds>`, any fragment) at the canonical moment URL, which lands on
 * the transcript paragraph; true when there was one.
 */
function canonicaliseMomentLinks(tree: Root, momentUrl: string, seconds: number): boolean {
  const target = new URL(momentUrl);
  let found = false;
  visit(tree, "element", (element) => {
    if (element.tagName !== "a" || typeof element.properties.href !== "string") return;
    const href = URL.parse(element.properties.href);
    if (href && href.origin === target.origin && href.pathname === target.pathname && href.searchParams.get("t") === String(seconds)) {
      element.properties.href = momentUrl;
      found = true;
    }
  });
  return found;
}
