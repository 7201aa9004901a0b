/**
 * The one transcript model every output reads: pages, search index, feed
 * exports and newsletter snippets. Parsers turn a source file into this;
 * nothing downstream re-parses a source file.
 */

/** Source formats we can read. Detected from content, not only the file name. */
export type TranscriptFormat =
  | "vtt"
  | "srt"
  | "podcasting20-json"
  | "whisper-json"
  | "vendor-json"
  | "podcasting20-html"
  | "html"
  | "text-timed"
  | "text-plain";

/** One stretch of speech, in source order. Times are seconds from the start of the audio. */
export interface Segment {
  /** Start time in seconds; absent when the source gives none and none could be estimated. */
  start?: number;
  /** End time in seconds, when known. */
  end?: number;
  /** Speaker name as written in the source (after glossary correction). */
  speaker?: string;
  /** Spoken text, plain (markup removed, character references decoded), never empty. */
  text: string;
  /** True when start/end were estimated (e.g. spread over a known duration), not read from the source. */
  approximate?: boolean;
  /** Heading the source put above this segment ("## Introduction" in a Markdown transcript). */
  section?: string;
  /**
   * True for a sound description rather than speech ("[music]", "[笑]"):
   * kept on the page, but search and word counts can leave it out.
   */
  nonSpeech?: boolean;
  /**
   * Per-word times when the source has them (WhisperX, Deepgram, AssemblyAI,
   * AWS Transcribe, YouTube's <c> tags). The words joined are `text`.
   * Kept in the model for a word-level follow-along; the stored page data
   * does not carry them yet.
   */
  words?: Word[];
}

/** One word with its own times, as a recogniser gives it. */
export interface Word {
  text: string;
  start: number;
  end?: number;
}

/** A non-fatal problem found while reading a source file; content was kept or repaired. */
export interface TranscriptWarning {
  /** 1-based line in the source file. */
  line: number;
  column?: number;
  message: string;
}

export interface Transcript {
  format: TranscriptFormat;
  /** BCP 47 tag when the source states it (e.g. Whisper's "language"). */
  language?: string;
  /** Distinct speakers in order of first appearance. */
  speakers: string[];
  segments: Segment[];
  /** True when the source carries real times (so timed exports are allowed). */
  timed: boolean;
  warnings: TranscriptWarning[];
}
