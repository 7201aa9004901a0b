import type { Segment, Transcript, TranscriptFormat, TranscriptWarning } from "./model.ts";

/**
 * The last step of every parser: drop segments without words (a cue of
 * only spaces has nothing to lose), round times to the millisecond (no
 * format we read or write is finer, and float noise such as
 * 44.879999999999995 would otherwise survive into pages), list speakers
 * in order of first appearance, and decide `timed`: every segment has a
 * start read from the source (not estimated).
 */
export function buildTranscript(
  format: TranscriptFormat,
  segments: Segment[],
  warnings: TranscriptWarning[],
  extra: { language?: string } = {},
): Transcript {
  const kept = segments
    .map((s) => ({
      ...s,
      ...(s.start !== undefined ? { start: toMilliseconds(s.start) } : {}),
      ...(s.end !== undefined ? { end: toMilliseconds(s.end) } : {}),
      text: s.text.trim(),
    }))
    .filter((s) => s.text !== "");
  const speakers: string[] = [];
  for (const s of kept) if (s.speaker && !speakers.includes(s.speaker)) speakers.push(s.speaker);
  const timed = kept.length > 0 && kept.every((s) => s.start !== undefined && !s.approximate);
  const transcript: Transcript = { format, speakers, segments: kept, timed, warnings };
  if (extra.language) transcript.language = extra.language;
  return transcript;
}

function toMilliseconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
