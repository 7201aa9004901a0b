/**
 * Text transcripts with speakers and times, in the shapes found in the
 * wild (real examples are in the test corpus):
 * - `**Name:** text` paragraphs with sparse `\[04:33\]` times (Changelog Markdown)
 * - `00:00:07 <v Name>text` lines (Talk Python .txt)
 * - `Name: 00:00:25` on its own line, then paragraphs (bitcointranscripts)
 * - `[00:12:34] Name: text` lines
 * - `Name  0:42` or `**Name**  0:42` on its own line, then the text (Otter.ai
 *   export, plain and Markdown); the paragraphs after it without a header
 *   continue the turn and join its segment (they have no time of their own,
 *   and a segment without one would make the whole file untimed); the
 *   "Transcribed by https://otter.ai" footer is not speech and is left out
 * - `Name (00:01:10):`, `Name (01:10)` or `Name [00:01:10]` on its own line
 *   (Rev, Descript), and a time alone on a line with the speaker's name on
 *   the next (Riverside); continuation paragraphs as for Otter
 * - `[00:00.440 --> 00:01.440] text` (Whisper console output)
 * A YAML front-matter block is skipped; "## Heading" lines become the
 * `section` of the segments below them. Each line of text is a segment;
 * a line gets a start only where the source gives one, so sparse times
 * stay sparse (and such a transcript is not `timed`).
 */
import { buildTranscript } from "./build-transcript.ts";
import { markdownInlineToText, speechLines } from "./markdown-text.ts";
import type { Segment, Transcript, TranscriptWarning } from "./model.ts";
import { joinText } from "./text-join.ts";
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
  boldNameTime: new RegExp(String.raw`^\*\*(${NAME})\*\*:?(?: {1,}|\t)\\?\[?(${CLOCK})\\?\]?\s*$`, "u"),
  // Rev and Descript: "Ann Lee (00:01:10):", "Ann (01:10)", "Ann Lee [00:01:10]".
  nameBracketTime: new RegExp(String.raw`^(${NAME})\s+[([](${CLOCK})[)\]]:?\s*$`, "u"),
  timeAlone: new RegExp(String.raw`^[([]?(${CLOCK})[)\]]?$`, "u"),
  nameAlone: /^(\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3})$/u,
  otterFooter: /^Transcribed by (?:https?:\/\/)?(?:www\.)?otter\.ai\/?\s*$/iu,
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
      PATTERNS.boldNameTime.test(t) ||
      PATTERNS.timeAlone.test(t) ||
      PATTERNS.nameBracketTime.test(t) ||
      PATTERNS.boldName.test(t)
    ) {
      if (++hits >= 2) return true;
    }
  }
  return false;
}

export function parseTimedText(text: string, fileName: string): Transcript {
  const segments: Segment[] = [];
  const warnings: TranscriptWarning[] = [];
  let speaker: string | undefined;
  let pendingStart: number | undefined;
  let section: string | undefined;
  // The segment a header ("Name  0:42") opened: header-less paragraphs after it continue it.
  let turn: Segment | undefined;
  // A time alone on its line (Riverside): the next line may be the speaker's name.
  let timeAloneBefore = false;
  let pendingFromHeader = false;
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
  const lines = [...speechLines(text)];
  for (const [index, speech] of lines.entries()) {
    const { line } = speech;
    if (speech.section !== section) turn = undefined;
    section = speech.section;
    const afterTimeAlone = timeAloneBefore;
    timeAloneBefore = false;
    let m: RegExpExecArray | null;
    if (PATTERNS.otterFooter.test(line)) {
      warnings.push({ line: speech.lineNumber, message: `The "${line}" footer is not part of the conversation and was left out.` });
      continue;
    }
    if ((m = PATTERNS.boldNameTime.exec(line)) || (m = PATTERNS.nameBracketTime.exec(line))) {
      speaker = m[1]!.trim();
      pendingStart = clockToSeconds(m[2]!);
      pendingFromHeader = true;
      turn = undefined;
      continue;
    }
    if ((m = PATTERNS.timeAlone.exec(line))) {
      pendingStart = clockToSeconds(m[1]!);
      pendingFromHeader = true;
      timeAloneBefore = true;
      turn = undefined;
      continue;
    }
    if (afterTimeAlone && PATTERNS.nameAlone.test(line) && index + 1 < lines.length && !PATTERNS.timeAlone.test(lines[index + 1]!.line)) {
      speaker = line;
      continue;
    }
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
    } else if ((m = PATTERNS.nameColonTime.exec(line))) {
      speaker = m[1]!.trim() || speaker;
      pendingStart = clockToSeconds(m[2]!);
      pendingFromHeader = false;
    } else if ((m = PATTERNS.nameSpacesTime.exec(line))) {
      speaker = m[1]!.trim() || speaker;
      pendingStart = clockToSeconds(m[2]!);
      pendingFromHeader = true;
      turn = undefined;
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
    } else if (pendingStart === undefined && turn !== undefined && turn.speaker === speaker && line.search(PATTERNS.inlineTime) === -1) {
      // A further paragraph of the turn a header opened (Otter, Rev, Descript).
      turn.text = joinText(turn.text, markdownInlineToText(line).replace(/\s+/g, " ").trim());
    } else {
      const opensTurn = pendingStart !== undefined && pendingFromHeader;
      push(takePending(), undefined, line);
      if (opensTurn) turn = segments.at(-1);
    }
  }
  return buildTranscript("text-timed", segments, warnings, { fileName });

  function takePending(): number | undefined {
    const start = pendingStart;
    pendingStart = undefined;
    return start;
  }
}
