/**
 * Text transcripts with speakers and times, in the shapes found in the
 * wild (examples in ../shared/corpus/text/):
 * - `**Name:** text` paragraphs with sparse `\[04:33\]` times (Changelog Markdown)
 * - `00:00:07 <v Name>text` lines (Talk Python .txt)
 * - `Name: 00:00:25` on its own line, then paragraphs (bitcointranscripts)
 * - `[00:12:34] Name: text` lines
 * - `Name  0:42` on its own line, then the text (Otter.ai export)
 * - `[00:00.440 --> 00:01.440] text` (Whisper console output)
 * A YAML front-matter block is skipped; "## Heading" lines become the
 * `section` of the segments below them. Each line of text is a segment;
 * a line gets a start only where the source gives one, so sparse times
 * stay sparse (and such a transcript is not `timed`).
 */
import { buildTranscript } from "./build-transcript.ts";
import { markdownInlineToText, speechLines } from "./markdown-text.ts";
import type { Segment, Transcript } from "./model.ts";
import { CLOCK, clockToSeconds } from "./time-text.ts";

const NAME = String.raw`[\p{L}][\p{L}\p{N} '’.\-]{0,38}`;
const PATTERNS = {
  console: new RegExp(String.raw`^\[(${CLOCK})\s*-->\s*(${CLOCK})\]\s?(.*)$`, "u"),
  voiceLine: new RegExp(String.raw`^(${CLOCK})\s+(?:<v(?:\.[^\s>]*)?\s+([^>]*)>)?(.*)$`, "u"),
  bracketLine: new RegExp(String.raw`^\[(${CLOCK})\]\s*(?:(${NAME}):\s+)?(.*)$`, "u"),
  nameColonTime: new RegExp(String.raw`^(${NAME}):\s+(${CLOCK})\s*$`, "u"),
  // Otter.ai puts two spaces (or a tab) between name and time; one space would also match prose ("we meet at 10:30").
  nameSpacesTime: new RegExp(String.raw`^(${NAME})(?: {2,}|\t)(${CLOCK})\s*$`, "u"),
  boldName: /^\*\*([^*]+?):?\*\*:?\s*(.*)$/u,
  inlineTime: new RegExp(String.raw`\\?\[(${CLOCK})\\?\]`, "gu"),
};

/** True when at least two lines have one of the shapes above. */
export function looksLikeTimedText(text: string): boolean {
  let hits = 0;
  for (const line of text.split(/\r\n?|\n/)) {
    const t = line.trim();
    if (
      PATTERNS.console.test(t) ||
      PATTERNS.voiceLine.test(t) ||
      PATTERNS.bracketLine.test(t) ||
      PATTERNS.nameColonTime.test(t) ||
      PATTERNS.nameSpacesTime.test(t) ||
      PATTERNS.boldName.test(t)
    ) {
      if (++hits >= 2) return true;
    }
  }
  return false;
}

export function parseTimedText(text: string, fileName: string): Transcript {
  const segments: Segment[] = [];
  let speaker: string | undefined;
  let pendingStart: number | undefined;
  let section: string | undefined;
  const push = (start: number | undefined, end: number | undefined, body: string) => {
    // Inline times split a paragraph: the words after "\[04:33\]" start at 4:33.
    const pieces = body.split(PATTERNS.inlineTime);
    for (let i = 0; i < pieces.length; i += 2) {
      const pieceStart = i === 0 ? start : clockToSeconds(pieces[i - 1]!);
      const words = markdownInlineToText(pieces[i]!).replace(/<\/v>/g, "").replace(/\s+/g, " ").trim();
      if (words === "") {
        // A time with no words after it on this line belongs to the next line.
        if (i === pieces.length - 1 && pieceStart !== undefined) pendingStart = pieceStart;
        continue;
      }
      segments.push({
        ...(pieceStart !== undefined ? { start: pieceStart } : {}),
        ...(end !== undefined && i === pieces.length - 1 ? { end } : {}),
        ...(speaker ? { speaker } : {}),
        text: words,
        ...(section ? { section } : {}),
      });
    }
  };
  for (const speech of speechLines(text)) {
    const { line } = speech;
    section = speech.section;
    let m: RegExpExecArray | null;
    if ((m = PATTERNS.console.exec(line))) {
      push(clockToSeconds(m[1]!), clockToSeconds(m[2]!), m[3]!);
    } else if ((m = PATTERNS.bracketLine.exec(line))) {
      if (m[2]) speaker = m[2].trim();
      push(clockToSeconds(m[1]!), undefined, m[3]!);
    } else if ((m = PATTERNS.voiceLine.exec(line))) {
      if (m[2] !== undefined) speaker = m[2].trim() || undefined;
      // Talk Python joins cues into one line, so a line can hold a second
      // voice ("…VS Code, <v Trevor Manz>our extension…"): one segment per
      // voice, each with the line's time (the only one given).
      const parts = m[3]!.split(/<v(?:\.[^\s>]*)?\s+([^>]*)>/);
      const start = clockToSeconds(m[1]!);
      for (let p = 0; p < parts.length; p += 2) {
        if (p > 0) speaker = parts[p - 1]!.trim() || undefined;
        push(start, undefined, parts[p]!);
      }
    } else if ((m = PATTERNS.nameColonTime.exec(line)) || (m = PATTERNS.nameSpacesTime.exec(line))) {
      speaker = m[1]!.trim() || speaker;
      pendingStart = clockToSeconds(m[2]!);
    } else if ((m = PATTERNS.boldName.exec(line))) {
      const rest = m[2]!;
      if (rest.replace(PATTERNS.inlineTime, "").trim() === "") {
        // "**Break:** \[30:07\]" (Changelog): a marker, not a turn. Kept as
        // its own line at its time, without a speaker, so it is not lost.
        const time = rest.match(PATTERNS.inlineTime)?.[0]?.replace(/[\\[\]]/g, "");
        const saved = speaker;
        speaker = undefined;
        push(time ? clockToSeconds(time) : takePending(), undefined, m[1]!);
        speaker = saved;
        continue;
      }
      speaker = m[1]!.trim();
      push(takePending(), undefined, rest);
    } else {
      push(takePending(), undefined, line);
    }
  }
  return buildTranscript("text-timed", segments, [], { fileName });

  function takePending(): number | undefined {
    const start = pendingStart;
    pendingStart = undefined;
    return start;
  }
}
