import type { TimedChapter } from "./timed-chapters.ts";

/**
 * JSON chapters, version 1.2.0 of the Podcasting 2.0 format
 * (https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md):
 * `version` and `chapters[]` are required; each chapter needs `startTime`
 * (seconds) and we always give `title`. `endTime` is optional; we write it
 * for every chapter when the episode's duration is known, since the next
 * chapter's start is where each one ends.
 */
export interface JsonChaptersDocument {
  version: "1.2.0";
  title?: string;
  podcastName?: string;
  author?: string;
  chapters: { startTime: number; endTime?: number; title: string; url?: string }[];
}

export interface JsonChaptersOptions {
  /** Episode title and show name, optional top-level fields of the format. */
  title?: string;
  podcastName?: string;
  author?: string;
  /** Audio length in seconds: the last chapter's end. */
  duration?: number | undefined;
  /** Link for a chapter, e.g. the moment on the episode page. */
  chapterUrl?: (chapter: TimedChapter) => string;
}

export function toJsonChapters(chapters: readonly TimedChapter[], options: JsonChaptersOptions = {}): JsonChaptersDocument {
  return {
    version: "1.2.0",
    ...(options.title ? { title: options.title } : {}),
    ...(options.podcastName ? { podcastName: options.podcastName } : {}),
    ...(options.author ? { author: options.author } : {}),
    chapters: chapters.map((chapter, index) => {
      const end = chapters[index + 1]?.start ?? options.duration;
      return {
        startTime: chapter.start,
        ...(end !== undefined && end > chapter.start ? { endTime: end } : {}),
        title: chapter.title,
        ...(options.chapterUrl ? { url: options.chapterUrl(chapter) } : {}),
      };
    }),
  };
}
