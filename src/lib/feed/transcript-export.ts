import * as engine from "../transcript/index.ts";
import type { StoredTranscript } from "../../schemas/transcript.ts";
import type { TranscriptExtension } from "./transcript-files.ts";

/**
 * Writes a stored transcript in one of the published formats with the
 * transcript engine's exporters (one model, never a re-parse of the source).
 */
type Exporter = (transcript: StoredTranscript & { warnings: [] }) => string;

const exporters: Record<TranscriptExtension, string> = {
  vtt: "toWebVtt",
  srt: "toSrt",
  json: "toPodcastingJson",
  html: "toPodcastingHtml",
  txt: "toText",
};

function exporterFor(extension: TranscriptExtension): Exporter | undefined {
  const candidate = (engine as Record<string, unknown>)[exporters[extension]];
  return typeof candidate === "function" ? (candidate as Exporter) : undefined;
}

/** Formats the engine can write in this build. */
export function canExport(extension: TranscriptExtension): boolean {
  return exporterFor(extension) !== undefined;
}

export function exportTranscript(transcript: StoredTranscript, extension: TranscriptExtension): string {
  const exporter = exporterFor(extension);
  if (!exporter) throw new Error(`transcript.${extension}: the transcript engine has no exporter for this format`);
  return exporter({ ...transcript, warnings: [] });
}
