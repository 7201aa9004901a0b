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
  /** A sound description ("[music]", "[笑]") rather than speech: shown, but search and word counts can leave it out. */
  nonSpeech: z.boolean().optional(),
});

/**
 * A transcript's segments column by column: `text[i]`, `start[i]`… belong
 * to segment i; `null` where that segment has no such field, and a column is
 * left out when no segment has it. This is the content of the segments file
 * a stored transcript points to (see `segmentsFile` below).
 */
export const SegmentColumnsSchema = z.object({
  text: z.array(z.string()),
  start: z.array(z.number().nonnegative().nullable()).optional(),
  end: z.array(z.number().nonnegative().nullable()).optional(),
  speaker: z.array(z.string().nullable()).optional(),
  approximate: z.array(z.boolean().nullable()).optional(),
  section: z.array(z.string().nullable()).optional(),
  nonSpeech: z.array(z.boolean().nullable()).optional(),
});

export const TranscriptSchema = z.object({
  /** Where it came from, relative to the project, e.g. `content/episodes/x/transcript.txt`. */
  file: z.string(),
  format: z.enum([
    "vtt",
    "srt",
    "podcasting20-json",
    "whisper-json",
    /** Deepgram, AssemblyAI, AWS Transcribe or a bare list of segments (src/lib/transcript/parse-vendor-json.ts). */
    "vendor-json",
    "podcasting20-html",
    /** Any other HTML transcript page (src/lib/transcript/parse-html.ts). */
    "html",
    "text-timed",
    "text-plain",
  ]),
  language: z.string().optional(),
  speakers: z.array(z.string()),
  /**
   * Absolute path of the JSON file (`SegmentColumnsSchema`) holding the
   * segments, in Astro's cache folder (written by the episodes loader).
   * Astro inlines its whole data store into the build's server bundle and
   * every page holds it: with two-hour transcripts inside, 1,000 Chinese
   * episodes made a 60 MB store, a 1.7 GB memory spike while Vite bundled
   * it, and a store that stayed in memory for the whole render.
   * Pages read one episode's segments when they render it instead
   * (`transcriptModel()` in src/lib/transcript/stored-transcript.ts).
   */
  segmentsFile: z.string(),
  /** How many segments the file holds. */
  segmentCount: z.number().int().nonnegative(),
  /** True when every segment has a time read from the source (timed files are published only then). */
  realTimes: z.boolean(),
  timed: z.boolean(),
});

export type StoredTranscript = z.output<typeof TranscriptSchema>;
export type SegmentColumns = z.output<typeof SegmentColumnsSchema>;
