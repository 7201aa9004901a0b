/**
 * Which transcript files an episode publishes next to its page
 * (`/episodes/<slug>/transcript.<ext>`, an address podcast apps keep) and how the feed
 * announces them (`<podcast:transcript>`,
 * https://podcasting2.org/podcast-namespace/tags/transcript).
 *
 * Timed formats (WebVTT, SRT, JSON, HTML with times) come only from real
 * times: a transcript without them, or with estimated times, gets the plain
 * text file alone, so no app shows invented timestamps.
 */

export type TranscriptExtension = "vtt" | "srt" | "json" | "html" | "txt";

export interface TranscriptFile {
  extension: TranscriptExtension;
  /** MIME type for the feed and for the file itself. */
  type: string;
  /** `captions` marks the file apps may show as closed captions (the WebVTT one, with voices). */
  rel?: "captions";
}

const TIMED: readonly TranscriptFile[] = [
  { extension: "vtt", type: "text/vtt", rel: "captions" },
  { extension: "srt", type: "application/x-subrip" },
  { extension: "json", type: "application/json" },
  { extension: "html", type: "text/html" },
];
const TEXT: TranscriptFile = { extension: "txt", type: "text/plain" };

/** The minimum of the stored transcript these rules read. */
export interface TranscriptTiming {
  timed: boolean;
  segments: readonly { start?: number | undefined; approximate?: boolean | undefined }[];
}

/** True only when every segment carries a time read from the source. */
export function hasRealTimes(transcript: TranscriptTiming): boolean {
  return (
    transcript.timed &&
    transcript.segments.length > 0 &&
    transcript.segments.every((segment) => segment.start !== undefined && !segment.approximate)
  );
}

/** The files an episode with this transcript publishes, most useful first. */
export function transcriptFiles(transcript: TranscriptTiming | undefined): TranscriptFile[] {
  return transcriptFilesFor(transcript && { segmentCount: transcript.segments.length, realTimes: hasRealTimes(transcript) });
}

/** The same rules from what the content store keeps of a transcript (its segments live in a file, src/lib/transcript/stored-transcript.ts). */
export function transcriptFilesFor(summary: { segmentCount: number; realTimes: boolean } | undefined): TranscriptFile[] {
  if (!summary || summary.segmentCount === 0) return [];
  return summary.realTimes ? [...TIMED, TEXT] : [TEXT];
}
