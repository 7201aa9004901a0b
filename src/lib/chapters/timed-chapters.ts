import type { Chapter } from "../../schemas/chapter.ts";

/** The summary's chapters as the content layer stores them. */
export type { Chapter };

export interface TimedChapter {
  start: number;
  title: string;
}

/**
 * The chapters podcast apps can use: only when every chapter has a real,
 * exact start time. A list with missing or estimated times would send
 * listeners to the wrong place, so it is not exported at all (the page still
 * shows it). Sorted by time, as both JSON chapters and Apple require.
 */
export function timedChapters(chapters: readonly Chapter[] | undefined): TimedChapter[] | undefined {
  if (!chapters || chapters.length === 0) return undefined;
  const timed: TimedChapter[] = [];
  for (const chapter of chapters) {
    if (chapter.start === undefined || chapter.approximate) return undefined;
    timed.push({ start: chapter.start, title: chapter.title.trim() });
  }
  return timed.sort((a, b) => a.start - b.start);
}
