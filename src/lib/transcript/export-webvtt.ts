/**
 * WebVTT (W3C WebVTT §4): one cue per segment, the speaker as a voice span
 * `<v Name>` (§4.2.2, "cue voice span"). Text is escaped as cue text
 * requires: `&`, `<` and `>` as character references, which also keeps a
 * "-->" in speech from being read as a time line.
 */
import { endOf, requireExactTimes } from "./export-checks.ts";
import type { Segment, Transcript } from "./model.ts";
import { formatTimestamp } from "./webvtt/timestamp.ts";

const escapeCueText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The segment's text; with word times, each word after the first is
 * preceded by its start as a cue timestamp (§4.2.2 "WebVTT cue timestamp",
 * the karaoke form players highlight word by word), when the words join to
 * exactly the segment's text (otherwise a word would be written twice).
 */
function cueText(segment: Segment): string {
  const words = segment.words;
  if (!words || words.length < 2 || words.map((w) => w.text).join(" ") !== segment.text) return escapeCueText(segment.text);
  const start = segment.start ?? 0;
  return words
    .map((word, index) => (index === 0 || word.start <= start ? escapeCueText(word.text) : `<${formatTimestamp(word.start)}>${escapeCueText(word.text)}`))
    .join(" ");
}

export function toWebVtt(transcript: Transcript): string {
  requireExactTimes(transcript, "WebVTT");
  const cues = transcript.segments.map((segment, index) => {
    const timing = `${formatTimestamp(segment.start!)} --> ${formatTimestamp(endOf(transcript.segments, index))}`;
    const voice = segment.speaker ? `<v ${escapeCueText(segment.speaker)}>` : "";
    return `${timing}\n${voice}${cueText(segment)}`;
  });
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}
