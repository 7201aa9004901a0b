/**
 * The JSON that speech-to-text services hand back, in their documented
 * response layouts:
 * - a bare array of segments: `[{"start", "end", "text", "speaker"?}]`
 *   (seconds; what many scripts and small tools write);
 * - Deepgram (`/v1/listen`): `results.utterances[]` when diarised
 *   utterances were asked for, else `results.channels[0].alternatives[0]`
 *   with `paragraphs.paragraphs[].sentences[]` or bare `words[]`
 *   (`word`/`punctuated_word`, `start`, `end` in seconds, `speaker` a number);
 * - AssemblyAI (`/v2/transcript/{id}`, or its `/paragraphs` and
 *   `/sentences` endpoints): `utterances[]` (speaker "A", "B"…),
 *   `paragraphs[]`, `sentences[]` or `words[]`; times in *milliseconds*;
 * - AWS Transcribe: `results.audio_segments[]` when present, else
 *   `results.items[]` (times as strings of seconds, punctuation items
 *   without times) with speakers from each item's `speaker_label` or from
 *   `results.speaker_labels.segments[]`.
 * WhisperX (`segments[]` with `words[]` and `speaker`) is Whisper JSON and
 * read by parse-whisper-json.ts. Where a service gives words but no
 * sentences, words are grouped into sentences (up to ".", "?", "!", a
 * change of speaker, or 40 words), each word keeping its own times.
 */
import { buildTranscript, type ParsedSegment } from "./build-transcript.ts";
import { TranscriptError } from "./errors.ts";
import { lineOfNth } from "./json-source.ts";
import type { Transcript, Word } from "./model.ts";
import { joinText } from "./text-join.ts";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const num = (value: unknown): number | undefined => (typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value)) ? Number(value) : undefined);
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Which vendor layout this is, or null. */
export function vendorShape(data: unknown): "array" | "deepgram" | "assemblyai" | "aws" | null {
  if (Array.isArray(data)) return data.length > 0 && data.every((s) => isObject(s) && typeof s.text === "string" && "start" in s) ? "array" : null;
  if (!isObject(data)) return null;
  const results = data.results;
  if (isObject(results) && Array.isArray(results.channels)) return "deepgram";
  if (isObject(results) && Array.isArray(results.items) && Array.isArray(results.transcripts)) return "aws";
  if (Array.isArray(data.utterances) || Array.isArray(data.paragraphs) || Array.isArray(data.sentences) || (Array.isArray(data.words) && "audio_duration" in data)) {
    return "assemblyai";
  }
  return null;
}

/** The shapes this engine knows, for the message about a JSON file that is none of them. */
export const KNOWN_JSON_SHAPES =
  'Podcasting 2.0 ("segments" with "startTime" and "body"), Whisper or WhisperX ("segments" with "start", "end" and "text"), a bare list of segments ([{"start", "end", "text"}]), Deepgram ("results.channels"), AssemblyAI ("utterances", "paragraphs" or "words") or AWS Transcribe ("results.items")';

export function parseVendorJson(data: unknown, text: string, fileName: string): Transcript {
  const shape = vendorShape(data);
  const segments =
    shape === "array"
      ? fromArray(data as Json[], text, fileName)
      : shape === "deepgram"
        ? fromDeepgram(data as Json)
        : shape === "assemblyai"
          ? fromAssemblyAi(data as Json)
          : shape === "aws"
            ? fromAws(data as Json)
            : [];
  return buildTranscript("vendor-json", segments, [], { fileName, lineOf: (index) => lineOfNth(text, /"start(?:_time)?"/, index) });
}

function fromArray(items: Json[], text: string, fileName: string): ParsedSegment[] {
  return items.map((item, index) => {
    const start = num(item.start);
    const end = num(item.end);
    if (start === undefined) throw new TranscriptError(fileName, lineOfNth(text, /\{/, index), `Segment ${index + 1} needs a "start" time in seconds.`);
    const speaker = str(item.speaker) ?? (typeof item.speaker === "number" ? `Speaker ${item.speaker}` : undefined);
    return { start, ...(end !== undefined ? { end } : {}), ...(speaker ? { speaker } : {}), text: str(item.text) ?? "" };
  });
}

interface TimedWord extends Word {
  speaker?: string;
}

/** Words into sentence-sized segments: a sentence end, a new speaker or 40 words closes one. */
function groupWords(words: TimedWord[]): ParsedSegment[] {
  const segments: ParsedSegment[] = [];
  let open: (ParsedSegment & { words: Word[] }) | null = null;
  for (const word of words) {
    if (!open || open.speaker !== word.speaker || /[.?!。？！]["'”’)]*$/.test(open.text) || open.words.length >= 40) {
      open = { start: word.start, text: "", words: [], ...(word.speaker ? { speaker: word.speaker } : {}) };
      segments.push(open);
    }
    open.text = joinText(open.text, word.text);
    if (word.end !== undefined) open.end = word.end;
    open.words.push({ text: word.text, start: word.start, ...(word.end !== undefined ? { end: word.end } : {}) });
  }
  return segments;
}

function fromDeepgram(data: Json): ParsedSegment[] {
  const results = data.results as Json;
  const speakerName = (value: unknown) => (typeof value === "number" ? `Speaker ${value}` : undefined);
  const deepgramWords = (list: unknown): TimedWord[] =>
    (Array.isArray(list) ? list : []).filter(isObject).map((w) => {
      const speaker = speakerName(w.speaker);
      return { text: str(w.punctuated_word) ?? str(w.word) ?? "", start: num(w.start) ?? 0, ...(num(w.end) !== undefined ? { end: num(w.end)! } : {}), ...(speaker ? { speaker } : {}) };
    });
  if (Array.isArray(results.utterances) && results.utterances.length > 0) {
    return results.utterances.filter(isObject).map((u) => {
      const speaker = speakerName(u.speaker);
      const words = deepgramWords(u.words).map(({ speaker: _s, ...w }) => w);
      return { start: num(u.start) ?? 0, ...(num(u.end) !== undefined ? { end: num(u.end)! } : {}), ...(speaker ? { speaker } : {}), text: str(u.transcript) ?? "", ...(words.length ? { words } : {}) };
    });
  }
  const channel = (results.channels as unknown[]).find(isObject);
  const alternative = Array.isArray(channel?.alternatives) ? channel.alternatives.find(isObject) : undefined;
  if (!alternative) return [];
  const paragraphs = isObject(alternative.paragraphs) && Array.isArray(alternative.paragraphs.paragraphs) ? alternative.paragraphs.paragraphs.filter(isObject) : [];
  if (paragraphs.length > 0) {
    return paragraphs.flatMap((p) => {
      const speaker = speakerName(p.speaker);
      return (Array.isArray(p.sentences) ? p.sentences : []).filter(isObject).map((s) => ({
        start: num(s.start) ?? 0,
        ...(num(s.end) !== undefined ? { end: num(s.end)! } : {}),
        ...(speaker ? { speaker } : {}),
        text: str(s.text) ?? "",
      }));
    });
  }
  return groupWords(deepgramWords(alternative.words));
}

function fromAssemblyAi(data: Json): ParsedSegment[] {
  // AssemblyAI gives times in milliseconds.
  const seconds = (value: unknown) => (num(value) ?? 0) / 1000;
  const speakerName = (value: unknown) => (typeof value === "string" && value !== "" ? `Speaker ${value}` : undefined);
  const words = (list: unknown): TimedWord[] =>
    (Array.isArray(list) ? list : []).filter(isObject).map((w) => {
      const speaker = speakerName(w.speaker);
      return { text: str(w.text) ?? "", start: seconds(w.start), ...(num(w.end) !== undefined ? { end: seconds(w.end) } : {}), ...(speaker ? { speaker } : {}) };
    });
  const blocks = [data.utterances, data.paragraphs, data.sentences].find((list) => Array.isArray(list) && list.length > 0) as unknown[] | undefined;
  if (blocks) {
    return blocks.filter(isObject).map((u) => {
      const speaker = speakerName(u.speaker);
      const timed = words(u.words).map(({ speaker: _s, ...w }) => w);
      return { start: seconds(u.start), ...(num(u.end) !== undefined ? { end: seconds(u.end) } : {}), ...(speaker ? { speaker } : {}), text: str(u.text) ?? "", ...(timed.length ? { words: timed } : {}) };
    });
  }
  return groupWords(words(data.words));
}

function fromAws(data: Json): ParsedSegment[] {
  const results = data.results as Json;
  const speakerName = (label: unknown) => {
    const match = typeof label === "string" ? /^spk_(\d+)$/.exec(label) : null;
    return match ? `Speaker ${Number(match[1]) + 1}` : str(label);
  };
  if (Array.isArray(results.audio_segments) && results.audio_segments.length > 0) {
    return results.audio_segments.filter(isObject).map((s) => {
      const speaker = speakerName(s.speaker_label);
      return { start: num(s.start_time) ?? 0, ...(num(s.end_time) !== undefined ? { end: num(s.end_time)! } : {}), ...(speaker ? { speaker } : {}), text: str(s.transcript) ?? "" };
    });
  }
  // Older results: speakers only in speaker_labels.segments, matched by start time.
  const speakerAt = new Map<string, string>();
  const labels = isObject(results.speaker_labels) && Array.isArray(results.speaker_labels.segments) ? results.speaker_labels.segments.filter(isObject) : [];
  for (const segment of labels) {
    for (const item of Array.isArray(segment.items) ? segment.items.filter(isObject) : []) {
      const name = speakerName(item.speaker_label ?? segment.speaker_label);
      if (typeof item.start_time === "string" && name) speakerAt.set(item.start_time, name);
    }
  }
  const words: TimedWord[] = [];
  for (const item of (results.items as unknown[]).filter(isObject)) {
    const content = isObject((item.alternatives as unknown[] | undefined)?.[0]) ? str((item.alternatives as Json[])[0]!.content) ?? "" : "";
    if (item.type === "punctuation") {
      // Punctuation has no time of its own: it belongs to the word before.
      const last = words.at(-1);
      if (last) last.text += content;
      continue;
    }
    const start = num(item.start_time) ?? 0;
    const end = num(item.end_time);
    const speaker = speakerName(item.speaker_label) ?? (typeof item.start_time === "string" ? speakerAt.get(item.start_time) : undefined);
    words.push({ text: content, start, ...(end !== undefined ? { end } : {}), ...(speaker ? { speaker } : {}) });
  }
  return groupWords(words);
}
