import { formatClock } from "../timing/time.ts";
import { TranscriptError } from "./errors.ts";
import type { Segment, Transcript, TranscriptFormat, TranscriptWarning } from "./model.ts";

/** A segment as a parser hands it over: the model's fields plus the 1-based source line it came from. */
export type ParsedSegment = Segment & { line?: number };

export interface BuildOptions {
  language?: string;
  /** For errors about times (every parser passes it). */
  fileName?: string;
  /** Source line of the segment at this index, when segments carry no `line` (JSON: found only when needed). */
  lineOf?: (index: number) => number;
}

/**
 * No real episode runs this long; a time beyond it is a typing or tool
 * error (1e308 seconds in a JSON file once reached the page as Infinity).
 */
const LONGEST_EPISODE_SECONDS = 100 * 3600;

/**
 * The last step of every parser: check the times, drop segments without
 * words (a cue of only spaces has nothing to lose), round times to the
 * millisecond (no format we read or write is finer, and float noise such
 * as 44.879999999999995 would otherwise survive into pages), list speakers
 * in order of first appearance, and decide `timed`: every segment has a
 * start read from the source (not estimated).
 *
 * Times are checked here, once for every format: a time that is not a
 * finite number of seconds between 0 and 100 hours is refused with the
 * segment's line. A segment that ends before it starts is repaired when
 * the next segment gives a later start (it becomes the end: the speaker
 * spoke until the next line began), with a warning; otherwise it is
 * refused. No transcript is ever stored with an end before its start.
 * A transcript with no words at all is refused: an empty page is never
 * what the podcaster meant.
 */
export function buildTranscript(format: TranscriptFormat, segments: ParsedSegment[], warnings: TranscriptWarning[], extra: BuildOptions = {}): Transcript {
  const fileName = extra.fileName ?? "transcript";
  const lineOf = (index: number) => segments[index]?.line ?? extra.lineOf?.(index) ?? 1;
  for (const [index, segment] of segments.entries()) {
    for (const key of ["start", "end"] as const) {
      const value = segment[key];
      if (value === undefined) continue;
      if (!Number.isFinite(value) || value < 0 || value > LONGEST_EPISODE_SECONDS) {
        throw new TranscriptError(
          fileName,
          lineOf(index),
          `The ${key === "start" ? "start" : "end"} time ${String(value)} (seconds) is not a time in an episode: times must be between 0 and 100 hours. Fix the time on this line.`,
        );
      }
    }
  }
  const kept: Segment[] = [];
  for (const [index, s] of segments.entries()) {
    const { line: _line, ...segment } = s;
    const text = segment.text.trim();
    if (text === "") continue;
    const out: Segment = { ...segment, text };
    if (out.start !== undefined) out.start = toMilliseconds(out.start);
    if (out.end !== undefined) out.end = toMilliseconds(out.end);
    if (out.start !== undefined && out.end !== undefined && out.end < out.start) {
      const next = segments.slice(index + 1).find((n) => n.start !== undefined)?.start;
      if (next === undefined || next <= out.start) {
        throw new TranscriptError(
          fileName,
          lineOf(index),
          `This line ends (${clock(out.end)}) before it starts (${clock(out.start)}). Fix its end time.`,
        );
      }
      warnings.push({
        line: lineOf(index),
        message: `This line ends (${clock(out.end)}) before it starts (${clock(out.start)}); its end was taken from the next line's start (${clock(next)}).`,
      });
      out.end = toMilliseconds(next);
    }
    kept.push(out);
  }
  if (kept.length === 0) {
    throw new TranscriptError(fileName, 1, "There are no words in this transcript (only its header, times or markup). Export it again from your transcription tool.");
  }
  warnings.sort((a, b) => a.line - b.line);
  const speakers: string[] = [];
  for (const s of kept) if (s.speaker && !speakers.includes(s.speaker)) speakers.push(s.speaker);
  const timed = kept.every((s) => s.start !== undefined && !s.approximate);
  const transcript: Transcript = { format, speakers, segments: kept, timed, warnings };
  if (extra.language) transcript.language = extra.language;
  return transcript;
}

/** 3.5 → "0:03.500": whole seconds alone would show a 0.3 s overlap as "0:03 before 0:03". */
function clock(seconds: number): string {
  const ms = Math.round((seconds % 1) * 1000);
  return ms === 0 ? formatClock(seconds) : `${formatClock(seconds)}.${String(ms).padStart(3, "0")}`;
}

function toMilliseconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
