import { fromHtml } from "hast-util-from-html";
import { toMdast } from "hast-util-to-mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { sanitize } from "hast-util-sanitize";

/**
 * A feed's show notes (HTML, as podcast hosts publish them) → Markdown the
 * podcaster can edit: hast → mdast → Markdown (the rehype-remark route),
 * after dropping scripts, styles and event handlers. Plain-text notes (no
 * tags) keep their paragraphs.
 */
export function htmlToMarkdown(html: string): string {
  const source = /<[a-z][\s\S]*>/i.test(html) ? html : html.split(/\n\s*\n/).map((paragraph) => `<p>${escapeText(paragraph)}</p>`).join("");
  const tree = sanitize(fromHtml(source, { fragment: true }));
  const markdown = toMarkdown(toMdast(tree), { extensions: [gfmToMarkdown()], bullet: "-", emphasis: "*", strong: "*", rule: "-" });
  return markdown.trim();
}

function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/\n/g, "<br>");
}

/** The notes as one line of plain text, for the frontmatter's `description`. */
export function htmlToPlainText(html: string, maxLength = 200): string {
  const tree = fromHtml(html, { fragment: true });
  const text = collectText(tree).replace(/\s+/g, " ").trim();
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
