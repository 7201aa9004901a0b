import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import type { Chapter } from "../../schemas/chapter.ts";
import { parseDuration } from "../time.ts";
import { findSection, removeHeadingAndList } from "./section.ts";
import { summaryData, warnSummary } from "./summary-data.ts";

/** Chapter list headings we recognise, per language. */
export const chapterHeadings = ["Chapters", "章节", "章節"];

/**
 * A line as podcast apps read chapters in a description: `00:00 Intro`,
 * `[12:34] Topic`, `1:02:03 – Topic`. Apple and Spotify take the first
 * time on the line as the start.
 */
const CHAPTER_LINE = /^\[?((?:\d{1,2}:)?\d{1,2}:\d{2})\]?\s*(?:[-–—:|]\s*)?(.+)$/s;

/**
 * Reads the Chapters list of a summary into `chapters`. Lines without a time
 * make an untimed outline: we never invent times.
 */
export function remarkChapters() {
  return (tree: Root, file: VFile) => {
    const section = findSection(tree, chapterHeadings);
    if (!section) return;
    if (!section.list) {
      warnSummary(file, section.heading, `the "${toString(section.heading)}" section has no list, so the episode has no chapters: write one chapter per line, e.g. "- 00:00 Intro"`);
      return;
    }
    const chapters: Chapter[] = [];
    for (const item of section.list.children) {
      const text = toString(item).trim();
      const match = CHAPTER_LINE.exec(text);
      const start = match ? parseDuration(match[1] as string) : undefined;
      if (match && start !== undefined) chapters.push({ start, title: (match[2] as string).trim() });
      else if (text) chapters.push({ title: text });
    }
    const timed = chapters.filter((chapter) => chapter.start !== undefined);
    if (timed.length > 0 && timed.length < chapters.length) {
      warnSummary(file, section.list, "some chapters have a start time and some do not: give every chapter a time (e.g. \"12:34 Topic\"), or none for a plain outline");
    }
    timed.forEach((chapter, index) => {
      const previous = timed[index - 1];
      if (previous && (chapter.start as number) <= (previous.start as number)) {
        warnSummary(file, section.list, `chapter "${chapter.title}" starts before or with the chapter above it: list chapters in the order they play`);
      }
    });
    summaryData(file).chapters = chapters;
    removeHeadingAndList(tree, section);
  };
}
