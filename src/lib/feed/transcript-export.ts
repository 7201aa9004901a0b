import { paragraphsToText, toPodcastingHtml, toPodcastingJson, toSrt, toWebVtt } from "../transcript/index.ts";
import type { StoredTranscript } from "../../schemas/transcript.ts";
import { transcriptModel, transcriptParagraphs } from "../transcript/stored-transcript.ts";
import type { TranscriptExtension } from "./transcript-files.ts";

/**
 * Writes a stored transcript in one of the published formats with the
 * transcript engine's exporters: one model, never a re-parse of the source.
 * The plain text reuses the paragraphs the episode page already grouped.
 */
const exporters: Record<TranscriptExtension, (transcript: StoredTranscript) => string> = {
  vtt: (stored) => toWebVtt(transcriptModel(stored)),
  srt: (stored) => toSrt(transcriptModel(stored)),
  json: (stored) => toPodcastingJson(transcriptModel(stored)),
  html: (stored) => toPodcastingHtml(transcriptModel(stored)),
  txt: (stored) => paragraphsToText(transcriptParagraphs(stored)),
};

export function exportTranscript(transcript: StoredTranscript, extension: TranscriptExtension): string {
  return exporters[extension](transcript);
}
