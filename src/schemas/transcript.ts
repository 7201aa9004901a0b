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
  segments: z.array(SegmentSchema),
  timed: z.boolean(),
});

export type StoredTranscript = z.output<typeof TranscriptSchema>;
