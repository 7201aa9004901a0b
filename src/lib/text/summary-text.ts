import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

/**
 * The summary's opening as plain text, for a meta description when the
 * episode has no `description:` line: the paragraphs before the first
 * heading (the part a podcaster writes as the introduction), else every
 * paragraph. Markup is dropped; link text is kept.
 */
export function summaryText(markdown: string): string {
  const tree = fromMarkdown(markdown);
  const intro: string[] = [];
  const all: string[] = [];
  let beforeHeading = true;
  for (const node of tree.children) {
    if (node.type === "heading") beforeHeading = false;
    if (node.type !== "paragraph") continue;
    const text = toString(node).trim();
    if (!text) continue;
    all.push(text);
    if (beforeHeading) intro.push(text);
  }
  return (intro.length > 0 ? intro : all).join(" ");
}
