import { z } from "astro/zod";

/**
 * One chapter of an episode, read from the `## Chapters` / `## 章节` list in
 * the summary (`00:00 Intro`, one per line, the description style podcast
 * apps read). The same data feeds the page and the feed's chapters file.
 */
export const ChapterSchema = z.object({
  /** Start in seconds from the beginning of the audio; absent for an untimed outline (we never invent times). */
  start: z.number().nonnegative().optional(),
  /** The chapter's title as written, plain text. */
  title: z.string().min(1),
  /** True when `start` is an estimate rather than a time the podcaster wrote. */
  approximate: z.boolean().optional(),
});

export type Chapter = z.output<typeof ChapterSchema>;
