import { ExportError } from "./errors.ts";
import type { Segment, Transcript } from "./model.ts";

/**
 * SRT, WebVTT and Podcasting 2.0 JSON promise exact times. Issue 3: they
 * are never produced from missing or estimated times.
 */
export function requireExactTimes(transcript: Transcript, formatName: string): void {
  if (transcript.segments.some((s) => s.approximate)) {
    throw new ExportError(
      `${formatName} needs exact times, but this transcript's times are estimates (spread over the episode length), so it is not written as ${formatName}. Use plain text (txt) or HTML instead.`,
    );
  }
  if (!transcript.timed) {
    throw new ExportError(
      `${formatName} needs a time for every line, but this transcript has no times (or only a few). Use plain text (txt) or HTML instead.`,
    );
  }
}

/**
 * End of a segment for formats that require one: the source's end, else
 * the next segment's start (the speaker talked until the next line began),
 * else its own start. Podcasting 2.0 JSON leaves endTime out instead.
 */
export function endOf(segments: Segment[], index: number): number {
  const segment = segments[index]!;
  return segment.end ?? segments[index + 1]?.start ?? segment.start!;
}
