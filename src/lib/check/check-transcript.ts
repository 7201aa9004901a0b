import { formatClock } from "../timing/time.ts";
import { parseTranscript, type Transcript } from "../transcript/index.ts";
import { decodeSource } from "../transcript/decode.ts";
import { error, START, warning, type Position, type Problem } from "./problem.ts";

/** File extensions a transcript may have; the format itself is read from the content. */
export const TRANSCRIPT_EXTENSIONS = ["vtt", "srt", "json", "html", "htm", "txt"];

/** How much a cue may run past the stated duration before it counts as wrong (rounding in players' durations). */
const DURATION_SLACK_SECONDS = 1;

export interface TranscriptCheck {
  transcript?: Transcript;
  problems: Problem[];
}

/** One transcript to check: its file (relative to the project), bytes and the episode's duration. */
export interface TranscriptJob {
  file: string;
  bytes: Uint8Array;
  duration: number | undefined;
}

/** `checkTranscript`'s result for one file, with the inputs it was checked with. */
export interface CheckedTranscript extends TranscriptJob {
  result: TranscriptCheck;
}

/**
 * Reads the transcript the way the build does (`parseTranscript`) and checks
 * what the parser cannot know alone: times going backwards, cues
 * overlapping, cues past the episode's duration.
 */
export function checkTranscript(file: string, bytes: Uint8Array, duration: number | undefined): TranscriptCheck {
  const name = file.slice(file.lastIndexOf("/") + 1);
  const extension = name.slice(name.indexOf(".") + 1).toLowerCase();
  if (!TRANSCRIPT_EXTENSIONS.includes(extension)) {
    return {
      problems: [
        error(file, START, `shownotes cannot read .${extension} transcripts: export it as SRT, WebVTT (.vtt), Podcasting 2.0 JSON, HTML or plain text (.txt) and name it transcript.srt, transcript.vtt, transcript.json, transcript.html or transcript.txt`),
      ],
    };
  }
  // The transcript's own decoder (UTF-8, UTF-16, GBK, Big5, Windows-1252 by
  // a stated rule), so the check accepts exactly what the build reads.
  let text: string;
  let transcript: Transcript;
  try {
    text = decodeSource(bytes, file).text;
    transcript = parseTranscript(bytes, { fileName: file, ...(duration !== undefined ? { duration } : {}) });
  } catch (thrown) {
    const reason = thrown as { line?: number; column?: number; reason?: string; message?: string };
    const at = { line: reason.line ?? 1, column: reason.column ?? 1 };
    return { problems: [error(file, at, reason.reason ?? String(reason.message ?? thrown))] };
  }

  const problems: Problem[] = transcript.warnings.map((w) => warning(file, { line: w.line, column: w.column ?? 1 }, w.message));
  problems.push(...timingProblems(file, text, transcript, duration));
  return { transcript, problems };
}

/** Times going backwards (error), overlapping (warning) or past the duration (error). */
export function timingProblems(file: string, text: string, transcript: Transcript, duration: number | undefined): Problem[] {
  if (!transcript.timed) return [];
  const problems: Problem[] = [];
  const lines = timingLines(text, transcript.format, transcript.segments.length);
  let previous: { start: number; end?: number } | undefined;
  for (const [index, segment] of transcript.segments.entries()) {
    const at = lines[index] ?? START;
    if (segment.start === undefined) continue;
    if (previous && segment.start < previous.start) {
      problems.push(error(file, at, `the time goes backwards here: this line starts at ${formatClock(segment.start)}, before the previous one (${formatClock(previous.start)}); put the lines in order or fix the time`));
    } else if (previous?.end !== undefined && segment.start < previous.end) {
      problems.push(warning(file, at, `this line starts at ${formatClock(segment.start)}, before the previous one ends (${formatClock(previous.end)}); check the times overlap on purpose`));
    }
    const last = segment.end ?? segment.start;
    if (duration !== undefined && last > duration + DURATION_SLACK_SECONDS) {
      problems.push(error(file, at, `this line runs to ${formatClock(last)}, past the end of the episode (duration ${formatClock(duration)}); fix the time or the episode's "duration"`));
    }
    previous = { start: segment.start, ...(segment.end !== undefined ? { end: segment.end } : {}) };
  }
  return problems;
}

/**
 * The line of each segment's timing in the source, so a problem points at
 * the cue. The transcript model keeps no source lines, so this finds the
 * timing lines again: `-->` for WebVTT/SRT, `"startTime"`/`"start"` keys for
 * JSON, a leading time for timed text. When the count does not match the
 * segments (e.g. merged cues), problems fall back to the top of the file.
 */
function timingLines(text: string, format: string, count: number): Position[] {
  const pattern =
    format === "vtt" || format === "srt"
      ? /-->/
      : format.endsWith("json")
        ? /"(startTime|start)"\s*:/
        : format === "text-timed"
          ? /^\s*[[(]?\d{1,2}:\d{2}/
          : undefined;
  if (!pattern) return [];
  const positions: Position[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) if (pattern.test(line)) positions.push({ line: index + 1, column: 1 });
  return positions.length === count ? positions : [];
}

/** Each speaker's first line, for pointing at it. */
export function speakerFirstLines(text: string, speakers: readonly string[]): Map<string, Position> {
  const lines = text.split(/\r?\n/);
  const found = new Map<string, Position>();
  for (const speaker of speakers) {
    const index = lines.findIndex((line) => line.includes(speaker));
    found.set(speaker, index === -1 ? START : { line: index + 1, column: lines[index]!.indexOf(speaker) + 1 });
  }
  return found;
}
