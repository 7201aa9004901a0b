import { fromHtml } from "hast-util-from-html";
import { toMdast } from "hast-util-to-mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { sanitize } from "hast-util-sanitize";
import type { Element, Nodes, Parents } from "hast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastToString } from "mdast-util-to-string";

/**
 * A feed's show notes (HTML, as podcast hosts publish them) → Markdown the
 * podcaster can edit: hast → mdast → Markdown (the rehype-remark route),
 * after dropping scripts, styles and event handlers. Plain-text notes (no
 * tags) keep their paragraphs.
 */
export function htmlToMarkdown(html: string, removed?: Map<RemovedImage, number>): string {
  const source = /<[a-z][\s\S]*>/i.test(html) ? html : html.split(/\n\s*\n/).map((paragraph) => `<p>${escapeText(paragraph)}</p>`).join("");
  const parsed = fromHtml(source, { fragment: true });
  const found = removeTrackingImages(parsed);
  if (removed) for (const [kind, count] of found) removed.set(kind, (removed.get(kind) ?? 0) + count);
  const tree = sanitize(parsed);
  const markdown = toMarkdown(toMdast(tree), { extensions: [gfmToMarkdown()], bullet: "-", emphasis: "*", strong: "*", rule: "-" });
  return markdown.trim();
}

function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/\n/g, "<br>");
}

/** The notes as one line of plain text, for the frontmatter's `description`. */
export function htmlToPlainText(html: string, maxLength = 200): string {
  const tree = fromHtml(html, { fragment: true });
  return shorten(collectText(tree), maxLength);
}

/** Markdown notes as one line of plain text (paragraphs and list items joined by spaces). */
export function markdownToPlainText(markdown: string, maxLength = 200): string {
  const blocks = fromMarkdown(markdown).children.flatMap((node) =>
    node.type === "heading" ? [] : node.type === "list" ? node.children.map((item) => mdastToString(item, { includeImageAlt: false })) : [mdastToString(node, { includeImageAlt: false })],
  );
  return shorten(blocks.join(" "), maxLength);
}

/** Text cut to `maxLength` at a sentence end, else a word, with an ellipsis. */
function shorten(raw: string, maxLength: number): string {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const sentence = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("。"), cut.lastIndexOf("! "), cut.lastIndexOf("? "));
  return sentence > maxLength / 2 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : maxLength).trimEnd()}…`;
}

function collectText(node: { type: string; value?: string; children?: unknown[]; tagName?: string }): string {
  if (node.type === "text") return node.value ?? "";
  if (node.type === "element" && (node.tagName === "script" || node.tagName === "style")) return "";
  const inner = (node.children ?? []).map((child) => collectText(child as never)).join("");
  return node.type === "element" && /^(p|div|br|li|h[1-6])$/.test(node.tagName ?? "") ? ` ${inner} ` : inner;
}

/** What `removeTrackingImages` takes out, named for the import's summary. */
export type RemovedImage = "FeedBurner tracking images" | "1×1 tracking pixels" | "images from tracking services" | "empty images";

/**
 * Hosts that serve only tracking images: web-analytics pixels that
 * WordPress, Substack and ad networks add to feeds, invisible on a page and
 * reporting each reader elsewhere.
 */
const TRACKING_HOSTS = [
  "pixel.wp.com", "stats.wordpress.com", "www.google-analytics.com", "ssl.google-analytics.com", "sb.scorecardresearch.com",
  "pixel.quantserve.com", "www.facebook.com", "ct.pinterest.com", "px.moatads.com", "pixel.mathtag.com", "eotrx.substackcdn.com",
  "certify.alexametrics.com", "mc.yandex.ru", "bat.bing.com", "analytics.twitter.com",
];
const FEEDBURNER_HOSTS = ["feeds.feedburner.com", "feedproxy.google.com", "feeds.feedblitz.com"];

function imageKind(image: Element): RemovedImage | undefined {
  const src = typeof image.properties.src === "string" ? image.properties.src.trim() : "";
  if (src === "" || src === "about:blank") return "empty images";
  let host = "";
  try {
    host = new URL(src, "https://feed.invalid/").hostname;
  } catch {
    return undefined;
  }
  if (FEEDBURNER_HOSTS.includes(host)) return "FeedBurner tracking images";
  if (TRACKING_HOSTS.includes(host)) return "images from tracking services";
  const tiny = (value: unknown) => value !== undefined && /^\s*[01](px)?\s*$/.test(String(value));
  if (tiny(image.properties.width) && tiny(image.properties.height)) return "1×1 tracking pixels";
  return undefined;
}

/**
 * Takes tracking images and images without a source out of show notes, and
 * the links left empty around them (FeedBurner's "flare" links), in place.
 * Returns how many of each kind went, so the podcaster is told.
 */
export function removeTrackingImages(tree: Nodes): Map<RemovedImage, number> {
  const removed = new Map<RemovedImage, number>();
  const walk = (parent: Parents): void => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== "element") return true;
      if (child.tagName === "img") {
        const kind = imageKind(child);
        if (kind) removed.set(kind, (removed.get(kind) ?? 0) + 1);
        return kind === undefined;
      }
      const hadImage = child.children.some((node) => node.type === "element" && node.tagName === "img");
      walk(child);
      const empty = child.children.every((node) => node.type === "text" && node.value.trim() === "");
      return !(hadImage && empty && child.tagName === "a");
    }) as typeof parent.children;
  };
  if ("children" in tree) walk(tree as Parents);
  return removed;
}
