import { toPodcastingHtml, toPodcastingJson, toSrt, toText, toWebVtt, type Transcript } from "../transcript/index.ts";
import type { StoredTranscript } from "../../schemas/transcript.ts";
import type { TranscriptExtension } from "./transcript-files.ts";

/**
 * Writes a stored transcript in one of the published formats with the
 * transcript engine's exporters: one model, never a re-parse of the source.
 */
const exporters: Record<TranscriptExtension, (transcript: Transcript) => string> = {
  vtt: toWebVtt,
  srt: toSrt,
  json: toPodcastingJson,
  html: toPodcastingHtml,
  txt: toText,
};

export function exportTranscript(transcript: StoredTranscript, extension: TranscriptExtension): string {
  // The stored transcript is the parsed model minus its parse warnings (already reported by the loader).
  // zod's optional fields may hold `undefined`; the model leaves them out.
  const { file: _file, language, ...model } = transcript;
  return exporters[extension]({ ...model, ...(language ? { language } : {}), warnings: [] } as Transcript);
}
