/**
 * The chapter shape of the shared contract (TEAM.md): the episode page's
 * summary plugin reads a "Chapters" list into `{ start?, title, approximate? }`.
 */
export interface Chapter {
  /** Seconds from the start of the audio; absent when the list gives no time. */
  start?: number;
  title: string;
  /** True when the time was estimated (an untimed transcript), not written by the podcaster. */
  approximate?: boolean;
}

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
