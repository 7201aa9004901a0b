import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import type { ListItem, Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { visitParents } from "unist-util-visit-parents";
import { chapterHeadings } from "../markdown/remark-chapters.ts";
import { takeawayHeadings } from "../markdown/remark-takeaways.ts";
import { findSection } from "../markdown/section.ts";
import { quotedPhrases } from "../quote-check.ts";
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
  /** Phrases in quotation marks (“…”, "…", 「…」, 『…』), as remarkTakeaways reads them. */
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

// The times remarkMomentLinks turns into moment links (same pattern): `[00:12:34]`
// always, bare `12:34` / `1:02:03` when not part of a longer number.
const TIME = /\[((?:\d{1,2}:)?\d{1,2}:\d{2})\]|(?<![\d:.,])((?:\d{1,2}:)?\d{1,2}:\d{2})(?![\d:])/g;
// remarkChapters' chapter line: the first time on the line is the start.
const LEADING_TIME = /^\[?((?:\d{1,2}:)?\d{1,2}:\d{2})\]?\s*(?:[-–—:|]\s*)?/;
/** Where remarkMomentLinks leaves times alone. */
const NOT_MOMENTS = new Set(["link", "linkReference", "inlineCode", "code", "heading"]);

/**
 * What the checks need from a summary, with positions in `index.md`: the
 * times it mentions, its chapter list and its takeaways. The episode page's
 * remark plugins render these; this reads the same conventions
 * with source positions, which rendered data does not keep.
 */
export function readSummaryOutline(markdown: string, firstLine: number): SummaryOutline {
  const tree = fromMarkdown(markdown) as Root;
  const shift = (line: number, column: number): Position => ({ line: line + firstLine - 1, column });
  const times: TimeMention[] = [];
  visitParents(tree, "text", (node, ancestors) => {
    if (!node.position || ancestors.some((ancestor) => NOT_MOMENTS.has(ancestor.type))) return;
    for (const match of node.value.matchAll(TIME)) {
      const seconds = parseDuration((match[1] ?? match[2])!);
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
  for (const item of (findSection(tree, chapterHeadings)?.list?.children ?? []) as ListItem[]) {
    const text = toString(item).trim();
    const time = LEADING_TIME.exec(text);
    const start = time ? parseDuration(time[1]!) : undefined;
    chapters.push({ ...(start !== undefined ? { start } : {}), title: time ? text.slice(time[0].length) : text, at: positionOf(item, shift) });
  }
  const takeaways: OutlineTakeaway[] = [];
  for (const item of (findSection(tree, takeawayHeadings)?.list?.children ?? []) as ListItem[]) {
    const text = toString(item).trim();
    const cited = [...text.matchAll(TIME)][0];
    const moment = cited ? parseDuration((cited[1] ?? cited[2])!) : undefined;
    takeaways.push({ text, ...(moment !== undefined ? { moment } : {}), quotes: quotedPhrases(text), at: positionOf(item, shift) });
  }
  return { times, html, urls, chapters, takeaways };
}

function positionOf(node: Nodes, shift: (line: number, column: number) => Position): Position {
  return node.position ? shift(node.position.start.line, node.position.start.column) : shift(1, 1);
}
