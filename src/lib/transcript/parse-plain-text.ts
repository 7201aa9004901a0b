/**
 * Text with no times and no speakers: raw speech-recogniser output like
 * the first show's (one line of unpunctuated Chinese, segments separated
 * by single spaces, English words inside), or plain paragraphs.
 *
 * In recogniser output a space next to a CJK character is a segment
 * break (the recogniser writes mixed text touching inside a segment:
 * "assess到", "state这个"), while a space between two Latin-script words
 * is a word space ("stable diffusion" is two words of one segment). A
 * line counts as recogniser output when it has almost no punctuation (the
 * seed has one stray "," in 13 kB); punctuated lines are ordinary
 * paragraphs and become one segment each. A Markdown front matter is skipped and headings become sections.
 *
 * With a known duration, times are spread over it in proportion to the
 * characters spoken and marked `approximate`; the transcript stays
 * untimed, so exact-time exports refuse it.
 */
import { buildTranscript } from "./build-transcript.ts";
import { markdownInlineToText, speechLines } from "./markdown-text.ts";
import type { Segment, Transcript } from "./model.ts";
import { knownPrefixNames, splitPrefix } from "./speaker-prefix.ts";
import { codePoints, isCjk } from "./text-join.ts";
import { decodeString } from "./webvtt/entities.ts";

const PUNCTUATION = /[.,!?;:。，！？；：、]/g;

/** Unpunctuated text with spaces: at most one punctuation mark per 200 characters. */
function isRecogniserOutput(line: string): boolean {
  const marks = line.match(PUNCTUATION)?.length ?? 0;
  return /\s/.test(line) && marks * 200 <= line.length;
}

export function parsePlainText(text: string, fileName: string, duration?: number): Transcript {
  const segments: Segment[] = [];
  for (const { line, section } of speechLines(text)) {
    const pieces = isRecogniserOutput(line) ? splitRecogniserSegments(decodeString(line)) : [markdownInlineToText(line)];
    for (const piece of pieces) segments.push({ text: piece, ...(section ? { section } : {}) });
  }
  // "Name: text" paragraphs (as our own txt export writes them).
  const known = knownPrefixNames(segments.map((s) => s.text));
  if (known.size) {
    for (const segment of segments) {
      const split = splitPrefix(segment.text, known);
      if (split.speaker) Object.assign(segment, { speaker: split.speaker, text: split.text });
    }
  }
  if (duration !== undefined && duration > 0) spreadOver(segments, duration);
  return buildTranscript("text-plain", segments, [], { fileName });
}

/** Splits at spaces that touch a CJK character; keeps spaces between Latin words. */
export function splitRecogniserSegments(line: string): string[] {
  const chars = [...line];
  const pieces: string[] = [];
  let current = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (/\s/.test(c)) {
      let j = i;
      while (j + 1 < chars.length && /\s/.test(chars[j + 1]!)) j++;
      const before = chars[i - 1];
      const after = chars[j + 1];
      if (isCjk(before) || isCjk(after)) {
        if (current) pieces.push(current);
        current = "";
      } else if (current && after !== undefined) {
        current += " ";
      }
      i = j;
    } else {
      current += c;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Start/end proportional to each segment's share of the characters (spaces not counted). */
function spreadOver(segments: Segment[], duration: number): void {
  // Counted once per segment, without spreading the text into an array of characters.
  const weights = segments.map((s) => codePoints(s.text.replace(/\s/g, "")));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let done = 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  for (const [index, segment] of segments.entries()) {
    segment.start = round((done / total) * duration);
    done += weights[index]!;
    segment.end = round((done / total) * duration);
    segment.approximate = true;
  }
}
