import type { TimedChapter } from "./timed-chapters.ts";

/**
 * Chapter lines for an episode description, in the form Apple Podcasts and
 * Spotify turn into chapters: one `(hh:)mm:ss Title` per line, the first at
 * 00:00, times ascending, and at least three chapters (Spotify's rule;
 * Apple reads the same lines). Returns nothing when the list cannot satisfy
 * those rules, so apps never show a broken chapter list.
 */
export function chapterDescriptionLines(chapters: readonly TimedChapter[] | undefined): string[] {
  if (!chapters || chapters.length < 3) return [];
  if (chapters[0]?.start !== 0) return [];
  const useHours = chapters.some((chapter) => chapter.start >= 3600);
  const lines: string[] = [];
  let previous = -1;
  for (const chapter of chapters) {
    const whole = Math.floor(chapter.start);
    if (whole <= previous) return [];
    previous = whole;
    lines.push(`${stamp(whole, useHours)} ${chapter.title}`);
  }
  return lines;
}

/** `00:00`, `12:34`, or `1:02:03` / `0:12:34` when the episode runs past an hour. */
function stamp(seconds: number, useHours: boolean): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return useHours ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
