// Temporary minimal entry point (plain text only) until the transcript engine lands.
import type { Transcript, TranscriptFormat } from "./model.ts";
export type * from "./model.ts";

export interface Paragraph {
  id: string;
  start?: number;
  end?: number;
  approximate: boolean;
  speaker?: string;
  text: string;
}

export function parseTranscript(
  source: string | Uint8Array,
  options: { fileName: string; format?: TranscriptFormat; duration?: number },
): Transcript {
  const text = typeof source === "string" ? source : new TextDecoder("utf-8", { fatal: true }).decode(source);
  void options;
  const segments = text
    .trim()
    .split(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /u)
    .filter((s) => s.length > 0)
    .map((s) => ({ text: s }));
  return { format: "text-plain", speakers: [], segments, timed: false, warnings: [] };
}

export function toParagraphs(transcript: Transcript): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current = "";
  for (const segment of transcript.segments) {
    current += segment.text;
    if (current.length > 200) {
      paragraphs.push({ id: `p${paragraphs.length + 1}`, approximate: false, text: current });
      current = "";
    }
  }
  if (current) paragraphs.push({ id: `p${paragraphs.length + 1}`, approximate: false, text: current });
  return paragraphs;
}
