/**
 * Whisper-style JSON: openai-whisper `--output_format json` and its
 * relatives: `{"segments": [{start, end, text, words?}], "language"?}`.
 * Speakers come from a per-segment `speaker` (whisper-ctranslate2,
 * WhisperX) or `speakerLabel` resolved through a top-level `speakers` map
 * (podwhisperer). Segment text is what we keep; per-word timings repeat it.
 */
import { buildTranscript } from "./build-transcript.ts";
import { TranscriptError } from "./errors.ts";
import { lineOfNth } from "./json-source.ts";
import type { Segment, Transcript } from "./model.ts";

interface WhisperSegment {
  start?: unknown;
  end?: unknown;
  text?: unknown;
  speaker?: unknown;
  speakerLabel?: unknown;
  words?: unknown;
}

export function isWhisperJson(data: unknown): data is { segments: WhisperSegment[]; language?: unknown; speakers?: unknown } {
  if (!data || typeof data !== "object" || !Array.isArray((data as { segments?: unknown }).segments)) return false;
  const first = (data as { segments: unknown[] }).segments[0];
  return first === undefined || (typeof first === "object" && first !== null && "text" in first && "start" in first);
}

export function parseWhisperJson(
  data: { segments: WhisperSegment[]; language?: unknown; speakers?: unknown },
  text: string,
  fileName: string,
): Transcript {
  const names = data.speakers && typeof data.speakers === "object" ? (data.speakers as Record<string, unknown>) : {};
  const segments: Segment[] = data.segments.map((s, index) => {
    if (typeof s.text !== "string" || typeof s.start !== "number" || typeof s.end !== "number") {
      throw new TranscriptError(
        fileName,
        lineOfNth(text, /"start"/, index),
        `Segment ${index + 1} needs "start" and "end" (seconds) and "text".`,
      );
    }
    const label = typeof s.speaker === "string" ? s.speaker : typeof s.speakerLabel === "string" ? s.speakerLabel : undefined;
    const named = label !== undefined && typeof names[label] === "string" ? (names[label] as string) : label;
    // WhisperX: per-word times ("word", "start", "end"); words it could not align have no times and are left out of `words` only.
    const words = Array.isArray(s.words)
      ? s.words.flatMap((w: unknown) => {
          const word = w as { word?: unknown; text?: unknown; start?: unknown; end?: unknown };
          const wordText = typeof word.word === "string" ? word.word : typeof word.text === "string" ? word.text : undefined;
          return wordText !== undefined && typeof word.start === "number" ? [{ text: wordText.trim(), start: word.start, ...(typeof word.end === "number" ? { end: word.end } : {}) }] : [];
        })
      : [];
    return { start: s.start, end: s.end, ...(named ? { speaker: named } : {}), text: s.text, ...(words.length ? { words } : {}) };
  });
  const language = typeof data.language === "string" ? data.language : undefined;
  return buildTranscript("whisper-json", segments, [], { fileName, lineOf: (index) => lineOfNth(text, /"start"/, index), ...(language ? { language } : {}) });
}
