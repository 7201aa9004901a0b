import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import type { ListItem, Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { parseDuration } from "../time.ts";
import type { Position } from "./problem.ts";

/** A time written in the summary, e.g. `12:34` or `[1:02:03]`: it becomes a moment link. */
export interface TimeMention {
  seconds: number;
  written: string;
  at: Position;
}

export interface OutlineChapter {
  start?: number;
  title: string;
  at: Position;
}

export interface OutlineTakeaway {
  text: string;
  /** Seconds cited with `[12:34]`. */
  moment?: number;
  /** Phrases in quotation marks (“…”, "…", 「…」). */
  quotes: string[];
  at: Position;
}

/** A piece of raw HTML written in the summary. */
export interface HtmlMention {
  html: string;
  at: Position;
}

export interface SummaryOutline {
  times: TimeMention[];
  html: HtmlMention[];
  /** Markdown link and image targets, e.g. to find `javascript:` links. */
  urls: { url: string; at: Position }[];
  chapters: OutlineChapter[];
  takeaways: OutlineTakeaway[];
}

// The section headings of the summary conventions (issue 4), per language.
const CHAPTER_HEADINGS = /^(chapters|章节|章節)$/i;
const TAKEAWAY_HEADINGS = /^(key takeaways|takeaways|要点|要點|重点)$/i;
// `12:34`, `1:02:03`, `[00:12:34]`; not part of a longer run of digits and colons.
const TIME = /(?<![\d:])\[?((?:\d{1,2}:)?\d{1,2}:\d{2})\]?(?![\d:])/g;
const LEADING_TIME = /^\s*\[?((?:\d{1,2}:)?\d{1,2}:\d{2})\]?\s*[-–—:：]?\s*/;
const QUOTES = /“([^”]+)”|"([^"]+)"|「([^」]+)」/g;

/**
 * What the checks need from a summary, with positions in `index.md`: the
 * times it mentions, its chapter list and its takeaways. The episode page's
 * remark plugins (issue 4) render these; this reads the same conventions
 * with source positions, which rendered data does not keep.
 */
export function readSummaryOutline(markdown: string, firstLine: number): SummaryOutline {
  const tree = fromMarkdown(markdown) as Root;
  const shift = (line: number, column: number): Position => ({ line: line + firstLine - 1, column });
  const times: TimeMention[] = [];
  visit(tree, "text", (node) => {
    if (!node.position) return;
    for (const match of node.value.matchAll(TIME)) {
      const seconds = parseDuration(match[1]!);
      if (seconds === undefined) continue;
      const before = node.value.slice(0, match.index).split("\n");
      const line = node.position.start.line + before.length - 1;
      const column = before.length === 1 ? node.position.start.column + match.index : before.at(-1)!.length + 1;
      times.push({ seconds, written: match[0], at: shift(line, column) });
    }
  });

  const html: HtmlMention[] = [];
  visit(tree, "html", (node) => {
    html.push({ html: node.value, at: positionOf(node, shift) });
  });
  const urls: { url: string; at: Position }[] = [];
  visit(tree, (node) => {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && "url" in node) {
      urls.push({ url: String(node.url), at: positionOf(node as Nodes, shift) });
    }
  });

  const chapters: OutlineChapter[] = [];
  const takeaways: OutlineTakeaway[] = [];
  for (const [index, node] of tree.children.entries()) {
    if (node.type !== "heading") continue;
    const heading = toString(node).trim();
    const list = tree.children.slice(index + 1).find((next) => next.type === "list" || next.type === "heading");
    if (list?.type !== "list") continue;
    const items = list.children as ListItem[];
    if (CHAPTER_HEADINGS.test(heading)) {
      for (const item of items) {
        const text = toString(item).trim();
        const time = LEADING_TIME.exec(text);
        const start = time ? parseDuration(time[1]!) : undefined;
        chapters.push({
          ...(start !== undefined ? { start } : {}),
          title: time ? text.slice(time[0].length) : text,
          at: positionOf(item, shift),
        });
      }
    } else if (TAKEAWAY_HEADINGS.test(heading)) {
      for (const item of items) {
        const text = toString(item).trim();
        const cited = [...text.matchAll(TIME)][0];
        const moment = cited ? parseDuration(cited[1]!) : undefined;
        takeaways.push({
          text,
          ...(moment !== undefined ? { moment } : {}),
          quotes: [...text.matchAll(QUOTES)].map((match) => (match[1] ?? match[2] ?? match[3])!),
          at: positionOf(item, shift),
        });
      }
    }
  }
  return { times, html, urls, chapters, takeaways };
}

function positionOf(node: Nodes, shift: (line: number, column: number) => Position): Position {
  return node.position ? shift(node.position.start.line, node.position.start.column) : shift(1, 1);
}
