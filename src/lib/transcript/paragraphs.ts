/**
 * Display grouping: consecutive segments of one speaker become readable
 * paragraphs. A separate step from parsing so the model keeps the
 * source's own segments (for exports and round trips) while pages show
 * prose.
 *
 * A paragraph ends where the speaker or section changes, after a pause
 * longer than `maxPause` seconds, or once it is long enough (about 250
 * CJK characters or 120 Latin words), always at a segment boundary so no
 * sentence the source kept together is cut.
 */
import type { Transcript } from "./model.ts";
import { countCjk, countWords, joinText, mixedScriptSeparator } from "./text-join.ts";

export interface Paragraph {
  /** Unique in the transcript, stable across rebuilds: `t<seconds>` when exactly timed, else `p<n>`. */
  id: string;
  start?: number;
  end?: number;
  /** True when start/end are estimates (never shown as exact). */
  approximate: boolean;
  speaker?: string;
  text: string;
  section?: string;
  /**
   * Offsets in `text` where two segments of recogniser output were joined
   * with nothing between them (Chinese next to Chinese). The recogniser
   * wrote a space there; the page shows the break as spacing and the text
   * export writes the space back, while `text` itself (what search indexes
   * and a reader copies) stays as it always was.
   */
  breaks?: number[];
  /**
   * `[from, to)` stretches of `text` that describe sounds rather than words
   * said (`[music]`, `（笑）`: segments marked `nonSpeech`), so the page can
   * show them as such. The words stay in `text`: nothing the file held is lost.
   */
  nonSpeech?: [number, number][];
}

export interface ParagraphOptions {
  /** Seconds of silence that start a new paragraph. Default 4. */
  maxPause?: number;
  /** Length at which a paragraph is closed, in CJK characters. Default 250. */
  maxCjkChars?: number;
  /** Length at which a paragraph is closed, in Latin-script words. Default 120. */
  maxWords?: number;
}

export function toParagraphs(transcript: Transcript, options: ParagraphOptions = {}): Paragraph[] {
  const { maxPause = 4, maxCjkChars = 250, maxWords = 120 } = options;
  const mixed = mixedScriptSeparator(transcript.segments.map((s) => s.text));
  // Only unpunctuated recogniser output has breaks worth showing: there each
  // segment is one stretch the recogniser heard, and a wall of 250 Chinese
  // characters without them cannot be read. Subtitle cues break mid-sentence.
  const keepBreaks = transcript.format === "text-plain";
  const groups: Omit<Paragraph, "id">[] = [];
  let open: (Omit<Paragraph, "id"> & { size: number; cjk: number; words: number; breaks?: number[]; nonSpeech?: [number, number][] }) | null = null;
  for (const segment of transcript.segments) {
    const approximate = segment.approximate === true;
    const pause = open?.end !== undefined && segment.start !== undefined ? segment.start - open.end : 0;
    const startsNew =
      open === null ||
      open.speaker !== segment.speaker ||
      open.section !== segment.section ||
      open.approximate !== approximate ||
      pause > maxPause ||
      open.size >= 1;
    if (startsNew || !open) {
      open = {
        ...(segment.start !== undefined ? { start: segment.start } : {}),
        ...(segment.end !== undefined ? { end: segment.end } : {}),
        approximate,
        ...(segment.speaker ? { speaker: segment.speaker } : {}),
        text: segment.text,
        ...(segment.section ? { section: segment.section } : {}),
        size: 0,
        cjk: 0,
        words: 0,
      };
      groups.push(open);
    } else {
      const before = open.text.length;
      open.text = joinText(open.text, segment.text, mixed);
      if (keepBreaks && open.text.length === before + segment.text.length) (open.breaks ??= []).push(before);
      if (segment.end !== undefined) open.end = Math.max(open.end ?? segment.end, segment.end);
      else if (segment.start !== undefined) open.end = Math.max(open.end ?? segment.start, segment.start);
      if (open.start === undefined && segment.start !== undefined) open.start = segment.start;
    }
    // joinText appends the segment's text unchanged, so it ends the paragraph's text.
    if (segment.nonSpeech && segment.text !== "") (open.nonSpeech ??= []).push([open.text.length - segment.text.length, open.text.length]);
    // Sizes add up segment by segment (re-measuring the whole paragraph each time is quadratic).
    const { cjk, words } = measure(segment.text);
    open.cjk += cjk;
    open.words += words;
    open.size = Math.max(open.cjk / maxCjkChars, open.words / maxWords);
  }
  const used = new Set<string>();
  return groups.map((group, index) => {
    const { size: _size, cjk: _cjk, words: _words, ...paragraph } = group as typeof group & { size?: number; cjk?: number; words?: number };
    const id = uniqueId(paragraph.start !== undefined && !paragraph.approximate ? `t${Math.floor(paragraph.start)}` : `p${index + 1}`, used);
    return { id, ...paragraph };
  });
}

/** CJK characters and Latin-script words of one segment's text. */
function measure(text: string): { cjk: number; words: number } {
  return { cjk: countCjk(text), words: countWords(text) };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
