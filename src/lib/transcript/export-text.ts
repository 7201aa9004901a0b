/**
 * Plain text: the display paragraphs, "Speaker: " before each turn, a
 * blank line between paragraphs. No times by default, so it is the one
 * export that suits every transcript, timed or not. With
 * `approximateTimes`, paragraphs whose times were estimated start with
 * "(about 1:02)", worded so nobody takes them for exact.
 */
import { formatClock } from "../timing/time.ts";
import type { Transcript } from "./model.ts";
import { toParagraphs, type Paragraph } from "./paragraphs.ts";

export interface TextOptions {
  approximateTimes?: boolean;
}

export function toText(transcript: Transcript, options: TextOptions = {}): string {
  return paragraphsToText(toParagraphs(transcript), options);
}

/** `toText` from paragraphs already grouped (the site groups each transcript once for all its routes). */
export function paragraphsToText(paragraphs: readonly Paragraph[], options: TextOptions = {}): string {
  return `${paragraphs
    .map((p) => {
      const line = p.speaker ? `${p.speaker}: ${withBreaks(p)}` : withBreaks(p);
      return options.approximateTimes && p.approximate && p.start !== undefined ? `(about ${formatClock(Math.round(p.start))}) ${line}` : line;
    })
    .join("\n\n")}\n`;
}

/** The paragraph's text with the recogniser's spaces back at its breaks (see `Paragraph.breaks`). */
function withBreaks(paragraph: Paragraph): string {
  if (!paragraph.breaks?.length) return paragraph.text;
  let text = paragraph.text;
  for (const offset of [...paragraph.breaks].reverse()) text = `${text.slice(0, offset)} ${text.slice(offset)}`;
  return text;
}
