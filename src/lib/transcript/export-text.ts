/**
 * Plain text: the display paragraphs, "Speaker: " before each turn, a
 * blank line between paragraphs. No times, so it is the one export that
 * suits every transcript, timed or not.
 */
import type { Transcript } from "./model.ts";
import { toParagraphs } from "./paragraphs.ts";

export function toText(transcript: Transcript): string {
  return `${toParagraphs(transcript)
    .map((p) => (p.speaker ? `${p.speaker}: ${p.text}` : p.text))
    .join("\n\n")}\n`;
}
