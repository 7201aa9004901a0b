/**
 * YouTube's automatic captions, as downloaded in WebVTT (yt-dlp
 * `--write-auto-subs`): "rolling" cues. Each cue shows two lines, the
 * line before again and the new words, the new line with a time for each
 * word (`word<00:00:01.240><c> next</c>`); between them sit 10 ms cues that
 * repeat the text without tags. Read as ordinary cues, every word comes out
 * about three times.
 *
 * Recognised when at least a third of the cues carry inline word times;
 * then each cue contributes only its lines that are not a repeat of the
 * line shown before, and each word keeps its own start (the cue's start
 * for the first word). `>>` is YouTube's mark for a change of speaker: it
 * starts a new segment, and is itself left out.
 */
import type { ParsedSegment } from "./build-transcript.ts";
import type { Word } from "./model.ts";
import { joinText } from "./text-join.ts";
import { decodeString } from "./webvtt/entities.ts";
import { collectTimestamp } from "./webvtt/timestamp.ts";
import type { VttCue } from "./webvtt/file-parser.ts";

const INLINE_TIME = /<(\d+:\d{2}:\d{2}\.\d{3}|\d{2}:\d{2}\.\d{3})>/;

export function isRollingCaptions(cues: readonly VttCue[]): boolean {
  const tagged = cues.filter((cue) => INLINE_TIME.test(cue.text)).length;
  if (tagged < 2 || tagged * 3 < cues.length) return false;
  // The rolling repeat itself: a cue whose first line is the line the cue before ended with.
  let repeats = 0;
  for (let i = 1; i < cues.length; i++) {
    const before = cues[i - 1]!.text.split("\n").map(plain).filter(Boolean).at(-1);
    const first = cues[i]!.text.split("\n").map(plain).find(Boolean);
    if (before !== undefined && before === first) repeats++;
  }
  return repeats * 3 >= cues.length;
}

/** Word times written inside a cue as WebVTT cue timestamps ("so <00:00:02.200>we"), or undefined when the cue has none. */
export function cueWords(cue: VttCue): Word[] | undefined {
  if (!INLINE_TIME.test(cue.text)) return undefined;
  return cue.text.split("\n").flatMap((line) => lineWords(line, cue.startTime, cue.endTime));
}

const plain = (line: string) => decodeString(line.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

export function collapseRollingCaptions(cues: readonly VttCue[]): ParsedSegment[] {
  const segments: ParsedSegment[] = [];
  let shown = ""; // the last line already taken
  for (const cue of cues) {
    for (const line of cue.text.split("\n")) {
      const text = plain(line);
      if (text === "" || text === shown) continue;
      shown = text;
      const words = lineWords(line, cue.startTime, cue.endTime);
      // ">>" marks a new speaker: the words after it begin a new segment.
      let open: (ParsedSegment & { words: Word[] }) | undefined;
      let newTurn = true;
      for (const word of words) {
        word.text.split(/\s*>>\s*/).forEach((piece, index) => {
          if (index > 0) newTurn = true;
          if (piece.trim() === "") return;
          if (newTurn || !open) {
            // The segment starts with its first word, not with the ">>" before it.
            open = { start: word.start, end: cue.endTime, text: "", words: [], line: cue.sourceLine };
            segments.push(open);
            newTurn = false;
          }
          open.text = joinText(open.text, piece.trim());
          open.words.push({ ...word, text: piece.trim() });
        });
      }
    }
  }
  // Each segment ends where the next begins (a rolling cue stays on screen into the next one).
  for (const [index, segment] of segments.entries()) {
    const next = segments[index + 1];
    if (next?.start !== undefined && segment.start !== undefined && next.start >= segment.start) segment.end = next.start;
    const words = segment.words?.filter((w) => w.text !== "") ?? [];
    if (words.length > 0) segment.words = words;
    else delete segment.words;
  }
  return segments.filter((s) => s.text !== "");
}

/** The words of one tagged line with their starts: the text before the first time starts with the cue. */
function lineWords(line: string, cueStart: number, cueEnd: number): Word[] {
  const parts = line.split(INLINE_TIME);
  const words: Word[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const stamp = i === 0 ? cueStart : (collectTimestamp({ input: parts[i - 1]!, position: 0 }) ?? cueStart);
    const text = plain(parts[i]!);
    if (text !== "") words.push({ text, start: stamp });
  }
  words.forEach((word, index) => {
    word.end = words[index + 1]?.start ?? cueEnd;
  });
  return words;
}
