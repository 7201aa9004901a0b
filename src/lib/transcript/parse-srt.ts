/**
 * SubRip (SRT) to the transcript model. SRT has no formal spec; the de
 * facto format is "index, `hh:mm:ss,mmm --> hh:mm:ss,mmm`, text lines,
 * blank line". Hand-written because the registry parsers we tried either
 * crash on real files (@plussub/srt-vtt-parser on CRLF) or drop damaged
 * cues without saying so, and podcast SRT files are damaged in the ways
 * seen in real files. Each repair is reported once, at its first line:
 * missing cue numbers, "." instead of ",", "-->" without spaces, runs of
 * blank lines, HTML-ish tags. A time line that cannot be read is an error.
 */
import { buildTranscript, type ParsedSegment } from "./build-transcript.ts";
import { TranscriptError } from "./errors.ts";
import type { Segment, Transcript, TranscriptWarning } from "./model.ts";
import { prefixStyle, splitPrefix } from "./speaker-prefix.ts";
import { applySubtitleConventions, conventionWarnings, dialogueTurns } from "./subtitle-conventions.ts";
import { joinLines } from "./text-join.ts";
import { badTimeColumn, repairedArrowMessage, repairTimingArrow } from "./time-text.ts";

const TIME = String.raw`(\d+):(\d{1,2}):(\d{1,2})(?:([,.:])(\d{1,3}))?`;
const TIMING = new RegExp(String.raw`^\s*${TIME}(\s*)-->(\s*)${TIME}(?:\s.*)?$`);

/** A line that starts like a cue time line but is not one: a clock time with milliseconds, then more. */
const DAMAGED_TIME_LINE = /^\s*\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}\s*\S/;

interface RawCue {
  line: number;
  start: number;
  end: number;
  lines: string[];
}

export function parseSrt(text: string, fileName: string): Transcript {
  const warnings: TranscriptWarning[] = [];
  // Damaged arrows are repaired first, so the time line and the cue number
  // above it are never read as words of the cue before.
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, i) => {
      const repaired = repairTimingArrow(line);
      if (!repaired) return line;
      warnings.push({ line: i + 1, message: repairedArrowMessage(repaired.arrow) });
      return repaired.line;
    });
  const warnOnce = new Set<string>();
  const warn = (key: string, line: number, message: string) => {
    if (warnOnce.has(key)) return;
    warnOnce.add(key);
    warnings.push({ line, message });
  };
  const cues: RawCue[] = [];
  let current: RawCue | null = null;
  let blankRun = 0;
  let missingNumbers = 0;
  let firstMissingNumber = 0;

  for (const [i, line] of lines.entries()) {
    const lineNumber = i + 1;
    const timing = TIMING.exec(line);
    if (timing) {
      const previous = lines[i - 1]?.trim() ?? "";
      if (!/^\d+$/.test(previous)) {
        missingNumbers++;
        firstMissingNumber ||= lineNumber;
      } else if (current && current.lines[current.lines.length - 1]?.trim() === previous) {
        current.lines.pop(); // the number was read as text of the cue before
      }
      if (timing[4] === "." || timing[10] === ".") warn("dot", lineNumber, 'Times use "." before the milliseconds; SRT uses ",". Read them anyway.');
      if (timing[6] === "" || timing[7] === "") warn("arrow", lineNumber, 'The "-->" between the two times has no spaces around it. Read it anyway.');
      for (const from of [1, 8]) {
        const [, minutes, secs] = timing.slice(from, from + 3).map(Number) as [number, number, number];
        if (minutes > 59 || secs > 59) {
          const field = minutes > 59 ? timing[from + 1]! : timing[from + 2]!;
          throw new TranscriptError(
            fileName,
            lineNumber,
            `The cue times "${line.trim()}" cannot be read: "${field}" is not a number of minutes or seconds (they go from 00 to 59). SRT cue times look like "00:01:02,500 --> 00:01:04,000".`,
            from === 1 ? line.search(/\S/) + 1 : line.indexOf("-->") + 3 + line.slice(line.indexOf("-->") + 3).search(/\S/) + 1,
          );
        }
      }
      current = { line: lineNumber, start: seconds(timing, 1), end: seconds(timing, 8), lines: [] };
      cues.push(current);
      blankRun = 0;
      continue;
    }
    if (line.includes("-->")) {
      const column = badTimeColumn(line, new RegExp(`^${TIME}$`));
      throw new TranscriptError(
        fileName,
        lineNumber,
        `The cue times "${line.trim()}" cannot be read. SRT cue times look like "00:01:02,500 --> 00:01:04,000".`,
        column,
      );
    }
    if (DAMAGED_TIME_LINE.test(line)) {
      // A time line too damaged to read (not even its arrow repaired): its
      // cue's words stay with the cue before, but the time line and the cue
      // number above it are not speech and are left out.
      if (current && /^\d+$/.test(current.lines.at(-1)?.trim() ?? "")) current.lines.pop();
      warnings.push({ line: lineNumber, message: `The cue times "${line.trim()}" cannot be read; the words below them were kept with the cue before. SRT cue times look like "00:01:02,500 --> 00:01:04,000".` });
      blankRun = 0;
      continue;
    }
    if (line.trim() === "") {
      blankRun++;
      if (blankRun === 2) warn("blank", lineNumber, "Several blank lines in a row between cues; one is enough. Ignored the extra ones.");
      continue;
    }
    if (!current) {
      if (!/^\d+$/.test(line.trim())) {
        warnings.push({ line: lineNumber, message: `Text before the first cue time was skipped: "${line.trim().slice(0, 60)}"` });
      }
      continue;
    }
    if (blankRun > 0 && !/^\d+$/.test(line.trim())) {
      warn(`gap${current.line}`, lineNumber, "A blank line inside a cue's text; the text after it was kept with the cue.");
    }
    blankRun = 0;
    current.lines.push(line);
  }
  if (cues.length === 0) {
    throw new TranscriptError(fileName, 1, "No cue times found. An SRT cue has a line like \"00:01:02,500 --> 00:01:04,000\".");
  }
  if (missingNumbers) {
    warnings.push({ line: firstMissingNumber, message: `${missingNumbers} cues have no cue number above their times. Read them anyway.` });
  }
  const conventions = applySubtitleConventions(cuesToSegments(cues, warn));
  conventionWarnings(conventions, warnings, cues[0]!.line);
  return buildTranscript("srt", conventions.segments, warnings, { fileName });
}

function seconds(match: RegExpExecArray, from: number): number {
  const [h, m, s, , ms] = match.slice(from, from + 5);
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + (ms ? Number(ms.padEnd(3, "0")) / 1000 : 0);
}

function cuesToSegments(cues: RawCue[], warn: (key: string, line: number, message: string) => void): Segment[] {
  // Strip HTML-ish formatting (<i>, <b>, <font …>) and ASS overrides ({\an8}): styling, not words.
  const stripped = cues.map((cue) => ({
    ...cue,
    lines: cue.lines.map((line) => {
      const clean = line.replace(/<\/?[a-zA-Z][^<>]*>|\{\\[^{}]*\}/g, "");
      if (clean !== line) warn("tags", cue.line + 1, "Formatting tags like <i> were removed from the text.");
      return clean;
    }),
  }));
  // Dialogue dashes: "- Hi." / "- Hello." are two turns in one cue.
  const pieces = stripped.flatMap((cue) => dialogueTurns(cue.lines).map((turn) => ({ cue, text: joinLines(turn) })));
  const { known, everyCue } = prefixStyle(pieces.map((p) => p.text));
  let speaker: string | undefined;
  const segments: ParsedSegment[] = [];
  for (const piece of pieces) {
    let text = piece.text;
    if (known.size) {
      const split = splitPrefix(text, known);
      if (everyCue) speaker = undefined;
      if (split.speaker) {
        speaker = split.speaker;
        text = split.text;
        warn("prefix", piece.cue.line + 1, 'Speakers were read from "Name:" at the start of cue text.');
      }
    }
    segments.push({ start: piece.cue.start, end: piece.cue.end, ...(speaker ? { speaker } : {}), text, line: piece.cue.line });
  }
  return segments;
}
