import type { ListItem, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import type { Chapter } from "../../schemas/chapter.ts";
import { formatClock, parseDuration } from "../timing/time.ts";
import { findSection, removeHeadingAndList } from "./section.ts";
import { reportSummary } from "./summary-data.ts";

/** Chapter list headings we recognise, per language. */
export const chapterHeadings = ["Chapters", "章节", "章節"];

/**
 * A line as podcast apps read chapters in a description: `00:00 Intro`,
 * `[12:34] Topic`, `1:02:03 – Topic`. Apple and Spotify take the first
 * time on the line as the start.
 */
const CHAPTER_LINE = /^\[?((?:\d{1,2}:)?\d{1,2}:\d{2})\]?\s*(?:[-–—:|]\s*)?(.+)$/s;

/**
 * Reads the Chapters list of a summary into `file.data.chapters`. Lines
 * without a time make an untimed outline: we never invent times. Podcast
 * apps read timed chapters from 0:00 upwards (Apple's description-chapter
 * rules), so a list they would ignore is an error.
 */
export function remarkChapters() {
  return (tree: Root, file: VFile) => {
    const section = findSection(tree, chapterHeadings);
    if (!section) return;
    if (!section.list) {
      reportSummary(file, section.heading, `the "${toString(section.heading)}" section has no list, so the episode has no chapters: write one chapter per line, e.g. "- 00:00 Intro"`);
      return;
    }
    const chapters: { chapter: Chapter; item: ListItem }[] = [];
    for (const item of section.list.children) {
      const text = toString(item).trim();
      const match = CHAPTER_LINE.exec(text);
      const start = match ? parseDuration(match[1] as string) : undefined;
      if (match && start !== undefined) chapters.push({ chapter: { start, title: (match[2] as string).trim() }, item });
      else if (text) chapters.push({ chapter: { title: text }, item });
    }
    checkTimes(file, chapters, file.data.episode?.duration);
    file.data.chapters = chapters.map(({ chapter }) => chapter);
    removeHeadingAndList(tree, section);
  };
}

function checkTimes(file: VFile, chapters: readonly { chapter: Chapter; item: ListItem }[], duration: number | undefined): void {
  const timed = chapters.filter(({ chapter }) => chapter.start !== undefined) as { chapter: Chapter & { start: number }; item: ListItem }[];
  if (timed.length === 0) return;
  const first = timed[0]!;
  if (first.chapter.start !== 0) {
    reportSummary(file, first.item, `the first chapter starts at ${formatClock(first.chapter.start)}: chapters must start at 00:00 (podcast apps ignore the list otherwise)`, "error");
  }
  for (const [index, { chapter, item }] of timed.entries()) {
    const previous = timed[index - 1]?.chapter;
    if (previous && chapter.start <= previous.start) {
      reportSummary(file, item, `the chapter "${chapter.title}" (${formatClock(chapter.start)}) does not come after the one before it (${formatClock(previous.start)}): list chapters in time order`, "error");
    }
    if (duration !== undefined && chapter.start >= duration) {
      // A warning, not an error: imported shows often carry a host's stale duration, and the list still works up to the end.
      reportSummary(file, item, `the chapter "${chapter.title}" starts at ${formatClock(chapter.start)}, after the episode ends (duration ${formatClock(duration)}): correct the chapter's time or the episode's duration`);
    }
  }
  const untimed = chapters.find(({ chapter }) => chapter.start === undefined);
  if (untimed) reportSummary(file, untimed.item, `the chapter "${untimed.chapter.title}" has no time: write it as "00:00 Title" like the others`);
}
