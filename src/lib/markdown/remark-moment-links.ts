import type { Link, Root, Text } from "mdast";
import { findAndReplace, type RegExpMatchObject } from "mdast-util-find-and-replace";
import type { VFile } from "vfile";
import { momentHref } from "../timing/moments.ts";
import { formatClock, parseDuration } from "../timing/time.ts";
import { chapterHeadings } from "./remark-chapters.ts";
import { findSection } from "./section.ts";
import { reportSummary, type SummaryInput } from "./summary-data.ts";

/**
 * `12:34`, `1:02:03` and `[00:12:34]` in a summary become moment links
 * (the README's "What the summary can say"). Bracketed times are always moments;
 * bare ones only when they stand alone (not inside a longer number such as
 * a version `1.12:30` or a ratio `3:2:1`).
 */
const TIME = /\[((?:\d{1,2}:)?\d{1,2}:\d{2})\]|(?<![\d:.,])((?:\d{1,2}:)?\d{1,2}:\d{2})(?![\d:])/g;

export function remarkMomentLinks() {
  return (tree: Root, file: VFile) => {
    const { slug, paragraphs = [], duration } = file.data.episode ?? {};
    const span = reachableSpan(file.data.episode ?? {});
    // A chapter's own time is checked (and reported) as a chapter.
    const chapterItems = new Set(findSection(tree, chapterHeadings)?.list?.children ?? []);
    findAndReplace(
      tree,
      [
        TIME,
        (written: string, bracketed: string | undefined, bare: string | undefined, match: RegExpMatchObject) => {
          // parseDuration rejects 12:75 and friends: those stay text.
          const seconds = parseDuration((bracketed ?? bare) as string);
          if (seconds === undefined) return false;
          // A bare time past the episode's end is a time of day ("we met at 15:00:38"), not a moment.
          if (bare && duration !== undefined && seconds > duration) return false;
          if (span && seconds > span.end && !match.stack.some((node) => chapterItems.has(node as never))) {
            const text = match.stack.at(-1) as Text;
            reportSummary(file, { type: "text", position: positionIn(text, match.index, written.length) }, `the time ${written} is after the end of the ${span.what} (${formatClock(span.end)}), so its moment link would lead nowhere: check the time`, "error");
          }
          const link: Link = {
            type: "link",
            url: slug ? momentHref(slug, seconds, paragraphs) : `?t=${seconds}`,
            children: [{ type: "text", value: (bracketed ?? bare) as string }],
            data: { hProperties: { className: ["moment"], dataT: seconds } },
          };
          return link;
        },
      ],
      { ignore: ["link", "linkReference", "inlineCode", "code", "heading"] },
    );
  };
}

/** The stretch of the episode moment links can land in: the timed transcript's, else the episode's length. */
function reachableSpan({ paragraphs = [], duration }: SummaryInput): { end: number; what: "transcript" | "episode" } | undefined {
  const timed = paragraphs.filter((paragraph) => paragraph.start !== undefined && !paragraph.approximate);
  if (timed.length > 0) return { end: Math.max(...timed.map((paragraph) => paragraph.end ?? paragraph.start!)), what: "transcript" };
  return duration === undefined ? undefined : { end: duration, what: "episode" };
}

/** Where `length` characters at `offset` of a text node are in the file (the node may span lines). */
function positionIn(node: Text, offset: number, length: number) {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset).split("\n");
  const line = start.line + before.length - 1;
  const column = before.length === 1 ? start.column + offset : before.at(-1)!.length + 1;
  return { start: { line, column }, end: { line, column: column + length } };
}
