/**
 * Podcasting 2.0 JSON transcripts (application/json; podcast namespace
 * "Transcripts" doc, "JSON" section):
 * `{"version": "1.0.0", "segments": [{speaker?, startTime, endTime?, body}]}`.
 *
 * Tools write segments at any size: a word ("Hey,"), a token including the
 * spaces between words (" ", ","), or a sentence split in two with the
 * same times (Buzzsprout). When a file is made of such fragments (tokens,
 * a median of at most 3 words per segment, or many segments sharing their
 * times) we merge consecutive segments of one speaker into sentences (up
 * to ".", "?", "!" or their CJK forms, a pause over 2 s, or about 60
 * words), so every page shows readable lines. Files of whole lines are
 * kept segment for segment (so our own export reads back unchanged).
 * Nothing is dropped: whitespace-only tokens only separate words.
 */
import { buildTranscript } from "./build-transcript.ts";
import { TranscriptError } from "./errors.ts";
import { lineOfNth } from "./json-source.ts";
import type { Segment, Transcript, TranscriptWarning, Word } from "./model.ts";
import { isNonSpeech } from "./subtitle-conventions.ts";
import { countCjk, countWords, joinText } from "./text-join.ts";

interface P20Segment {
  speaker?: unknown;
  startTime?: unknown;
  endTime?: unknown;
  body?: unknown;
}

interface RawSegment {
  start: number;
  end?: number;
  speaker?: string;
  body: string;
}

const SENTENCE_END = /[.?!。？！…]["'”’)\]]*$/;
const MAX_WORDS = 60;
const MAX_PAUSE = 2;

export function isPodcastingJson(data: unknown): data is { segments: P20Segment[] } {
  if (!data || typeof data !== "object" || !Array.isArray((data as { segments?: unknown }).segments)) return false;
  const first = (data as { segments: unknown[] }).segments[0] as P20Segment | undefined;
  return first === undefined || ("body" in (first as object) && "startTime" in (first as object));
}

export function parsePodcastingJson(data: { segments: P20Segment[] }, text: string, fileName: string): Transcript {
  const warnings: TranscriptWarning[] = [];
  const raw = data.segments.map((s, index) => {
    const line = () => lineOfNth(text, /\{/, index + 1);
    if (typeof s.body !== "string") {
      throw new TranscriptError(fileName, line(), `Segment ${index + 1} has no "body" text.`);
    }
    if (typeof s.startTime !== "number" || s.startTime < 0) {
      throw new TranscriptError(fileName, line(), `Segment ${index + 1} has no valid "startTime" (seconds from the start).`);
    }
    const end = typeof s.endTime === "number" ? s.endTime : undefined;
    const speaker = typeof s.speaker === "string" && s.speaker.trim() ? s.speaker.trim() : undefined;
    return { start: s.startTime, ...(end !== undefined ? { end } : {}), ...(speaker ? { speaker } : {}), body: s.body } as RawSegment;
  });
  // Token-level files carry the spaces between words as their own segments.
  const tokenLevel = raw.some((s) => s.body !== "" && s.body.trim() === "");
  const fragments = tokenLevel || isFragmentary(raw);
  // Each merged segment keeps its pieces' own times as `words`, so merging loses no time.
  const segments: (Segment & { wordTally: number; pieces: Word[] })[] = [];
  let open: (Segment & { wordTally: number; pieces: Word[] }) | null = null;
  let previous: (typeof raw)[number] | undefined;
  // Index in `raw` of each merged segment's first piece, for pointing at its line.
  const firstRaw: number[] = [];
  for (const [rawIndex, item] of raw.entries()) {
    // Two pieces with the very same times are one utterance: never split them.
    const sameTimes = previous !== undefined && item.end !== undefined && previous.start === item.start && previous.end === item.end;
    previous = item;
    const body = tokenLevel ? item.body : item.body.trim();
    if (body.trim() === "") {
      if (open && tokenLevel) open.text += body;
      continue;
    }
    // A sound description ("[music]") is never merged with speech.
    const continues =
      fragments &&
      open !== null &&
      open.speaker === item.speaker &&
      !isNonSpeech(open.text) &&
      !isNonSpeech(body) &&
      (sameTimes ||
        (!SENTENCE_END.test(open.text.trim()) &&
          open.wordTally < MAX_WORDS &&
          (open.end === undefined || item.start - open.end <= MAX_PAUSE)));
    if (continues && open) {
      open.text = tokenLevel ? open.text + body : joinText(open.text, body);
      if (item.end !== undefined) open.end = Math.max(open.end ?? item.end, item.end);
      open.wordTally += wordCount(body);
      open.pieces.push(piece(item, body));
    } else {
      open = {
        start: item.start,
        ...(item.end !== undefined ? { end: item.end } : {}),
        ...(item.speaker ? { speaker: item.speaker } : {}),
        text: body,
        wordTally: wordCount(body),
        pieces: [piece(item, body)],
      };
      segments.push(open);
      firstRaw.push(rawIndex);
    }
  }
  const result = segments.map(({ wordTally: _wordTally, pieces, ...segment }) => ({
    ...segment,
    text: segment.text.replace(/\s+/g, " ").trim(),
    ...(pieces.length > 1 && pieces.some((p) => p.start !== pieces[0]!.start) ? { words: pieces } : {}),
  }));
  return buildTranscript("podcasting20-json", result, warnings, { fileName, lineOf: (index) => lineOfNth(text, /"startTime"/, firstRaw[index] ?? index) });
}

function piece(item: RawSegment, body: string): Word {
  return { text: body.trim(), start: item.start, ...(item.end !== undefined ? { end: item.end } : {}) };
}

function isFragmentary(raw: RawSegment[]): boolean {
  if (raw.length === 0) return false;
  const words = raw.map((s) => wordCount(s.body)).sort((a, b) => a - b);
  if (words[Math.floor(words.length / 2)]! <= 3) return true;
  let shared = 0;
  raw.forEach((s, i) => {
    const before = raw[i - 1];
    if (before && s.end !== undefined && s.start === before.start && s.end === before.end) shared++;
  });
  return shared * 5 > raw.length;
}

/** Latin-script words, plus CJK characters counted two to a word (CJK writes no spaces). */
function wordCount(text: string): number {
  // The same counts as spreading the text and splitting it, without a string per character.
  return countWords(text) + countCjk(text) / 2;
}
