import { pagefindMetaValue } from "./page-fields.ts";

/**
 * The chapters a search result names its moments by ("12:34 · Alice · Intro").
 *
 * The index's page text holds the chapter list, but only as words: a result
 * cannot tell from them which chapter a transcript paragraph falls in. So the
 * search document also carries the timed chapters as one metadata field,
 * `chapters`: a JSON list of `[start in whole seconds, title]` pairs, e.g.
 * `[[0,"Intro"],[64,"Good audio"]]`. JSON because a chapter title may hold any
 * character; metadata fields are plain strings. Untimed chapters are left out:
 * nothing places a moment in them.
 */

/** Page metadata field listing the timed chapters. */
export const chaptersMeta = "chapters";

export interface MomentChapter {
  /** Whole seconds. */
  start: number;
  title: string;
}

/** The `chapters` metadata value for an episode's chapters; undefined when none is timed. */
export function formatChapterStarts(chapters: readonly { start?: number | undefined; title: string }[]): string | undefined {
  const timed = chapters.flatMap((chapter) => (chapter.start === undefined ? [] : [[Math.floor(chapter.start), chapter.title] as const]));
  return timed.length > 0 ? JSON.stringify(timed) : undefined;
}

/**
 * Reads the `chapters` field back, in time order; anything unreadable reads
 * as no chapters. The field is written with its commas escaped (`\,`, as
 * Pagefind asks of attribute values), and Pagefind keeps the escapes in the
 * value it stores, so they are undone first (page-fields.ts).
 */
export function parseChapterStarts(value: string | undefined): MomentChapter[] {
  if (!value) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(pagefindMetaValue(value));
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const chapters = parsed.flatMap((pair: unknown) =>
    Array.isArray(pair) && typeof pair[0] === "number" && Number.isFinite(pair[0]) && typeof pair[1] === "string" ? [{ start: pair[0], title: pair[1] }] : [],
  );
  return chapters.sort((a, b) => a.start - b.start);
}

/**
 * The chapter a moment falls in: the last timed chapter starting at or
 * before it, in whole seconds as times are shown. Undefined before the first
 * chapter and when no chapter is timed.
 */
export function chapterAt(seconds: number, chapters: readonly MomentChapter[]): MomentChapter | undefined {
  let found: MomentChapter | undefined;
  for (const chapter of chapters) {
    if (chapter.start > Math.floor(seconds)) break;
    found = chapter;
  }
  return found;
}
