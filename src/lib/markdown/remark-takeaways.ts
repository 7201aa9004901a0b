import type { Link, ListItem, Root } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type { Takeaway } from "../../schemas/takeaway.ts";
import { quoteNearMoment, quotedPhrases } from "../transcript/quote-check.ts";
import { formatClock } from "../timing/time.ts";
import { removeUnsafeUrls } from "./rehype-safe-html.ts";
import { findSection, removeHeadingAndList } from "./section.ts";
import { reportSummary } from "./summary-data.ts";

/** Key takeaways headings we recognise, per language. */
export const takeawayHeadings = ["Key takeaways", "Takeaways", "要点", "要點", "重点", "重點"];

/**
 * Reads the Key takeaways list into `file.data.takeaways`, each item keeping its inline
 * Markdown as HTML. Runs after remarkMomentLinks, so a cited `[12:34]` is
 * already a moment link: its time becomes the takeaway's `moment`, and a
 * quoted phrase is checked against the transcript near that time.
 */
export function remarkTakeaways() {
  return (tree: Root, file: VFile) => {
    const section = findSection(tree, takeawayHeadings);
    if (!section?.list) return;
    const paragraphs = file.data.episode?.paragraphs ?? [];
    const transcriptTimed = paragraphs.some((paragraph) => paragraph.start !== undefined && !paragraph.approximate);
    const takeaways = section.list.children.map((item): Takeaway => {
      const text = toString(item).trim();
      const moment = firstMoment(item);
      if (moment !== undefined && transcriptTimed) {
        for (const phrase of quotedPhrases(text)) {
          if (!quoteNearMoment(phrase, moment, paragraphs)) {
            reportSummary(file, item, `the takeaway quotes "${phrase}" at ${formatClock(moment)}, but the transcript does not say that near ${formatClock(moment)}: check the quote or the time`);
          }
        }
      }
      return { html: itemHtml(item), text, ...(moment !== undefined ? { moment } : {}) };
    });
    file.data.takeaways = takeaways;
    removeHeadingAndList(tree, section);
  };
}

function firstMoment(item: ListItem): number | undefined {
  let seconds: number | undefined;
  visit(item, "link", (link: Link) => {
    const t = link.data?.hProperties?.dataT;
    if (seconds === undefined && typeof t === "number") seconds = t;
  });
  return seconds;
}

/**
 * A one-paragraph item renders as its inline content; anything longer keeps
 * its blocks. This HTML skips the page's rehype plugins (it is stored as
 * data, for the page and the newsletter files), so the summary's URL rule is
 * applied here too: a `[x](javascript:…)` takeaway keeps its text, not its
 * link. Raw HTML in an item is dropped by toHast (no allowDangerousHtml).
 */
function itemHtml(item: ListItem): string {
  const [only] = item.children;
  if (item.children.length === 1 && only?.type === "paragraph") {
    // Rendered as a paragraph, then unwrapped: a root of inline nodes would get line breaks between them.
    const paragraph = removeUnsafeUrls(toHast(only));
    return toHtml(paragraph.type === "element" ? paragraph.children : paragraph);
  }
  return toHtml(removeUnsafeUrls(toHast({ type: "root", children: item.children } as Root)));
}
