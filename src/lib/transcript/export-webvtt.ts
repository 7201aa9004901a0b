/**
 * WebVTT (W3C WebVTT §4): one cue per segment, the speaker as a voice span
 * `<v Name>` (§4.2.2, "cue voice span"). Text is escaped as cue text
 * requires: `&`, `<` and `>` as character references, which also keeps a
 * "-->" in speech from being read as a time line.
 */
import { endOf, requireExactTimes } from "./export-checks.ts";
import type { Transcript } from "./model.ts";
import { formatTimestamp } from "./webvtt/timestamp.ts";

const escapeCueText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function toWebVtt(transcript: Transcript): string {
  requireExactTimes(transcript, "WebVTT");
  const cues = transcript.segments.map((segment, index) => {
    const timing = `${formatTimestamp(segment.start!)} --> ${formatTimestamp(endOf(transcript.segments, index))}`;
    const voice = segment.speaker ? `<v ${escapeCueText(segment.speaker)}>` : "";
    return `${timing}\n${voice}${escapeCueText(segment.text)}`;
  });
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}
