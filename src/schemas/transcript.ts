import { z } from "astro/zod";

/**
 * The parsed transcript as stored with its episode. Mirrors
 * `src/lib/transcript/model.ts` (the parsers' output type); this schema is
 * what the content layer validates and stores.
 */
export const SegmentSchema = z.object({
  start: z.number().nonnegative().optional(),
  end: z.number().nonnegative().optional(),
  speaker: z.string().optional(),
  text: z.string(),
  approximate: z.boolean().optional(),
  /** A heading the source puts above this segment (e.g. a Markdown transcript's `## Section`). */
  section: z.string().optional(),
});

/**
 * A transcript's segments stored column by column: `text[i]`, `start[i]`…
 * belong to segment i; `null` where that segment has no such field, and a
 * column is left out when no segment has it. A two-hour transcript has
 * ~1,500 segments: stored as objects, Astro's data store (devalue) took
 * 1.4 s to write 200 episodes and every page load held ~6,000 objects per
 * episode for the garbage collector; as columns it writes ~2.5× faster and
 * the store is half the size (issue 9). Read them back as segments with
 * `transcriptModel()` (src/lib/stored-transcript.ts).
 */
export const SegmentColumnsSchema = z.object({
  text: z.array(z.string()),
  start: z.array(z.number().nonnegative().nullable()).optional(),
  end: z.array(z.number().nonnegative().nullable()).optional(),
  speaker: z.array(z.string().nullable()).optional(),
  approximate: z.array(z.boolean().nullable()).optional(),
  section: z.array(z.string().nullable()).optional(),
});

export const TranscriptSchema = z.object({
  /** Where it came from, relative to the project, e.g. `content/episodes/x/transcript.txt`. */
  file: z.string(),
  format: z.enum([
    "vtt",
    "srt",
    "podcasting20-json",
    "whisper-json",
    "podcasting20-html",
    "text-timed",
    "text-plain",
  ]),
  language: z.string().optional(),
  speakers: z.array(z.string()),
  /** The segments (`SegmentSchema` each), column by column. */
  segments: SegmentColumnsSchema,
  timed: z.boolean(),
});

export type StoredTranscript = z.output<typeof TranscriptSchema>;
