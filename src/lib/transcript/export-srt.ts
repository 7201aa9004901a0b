/**
 * SubRip: numbered cues, `hh:mm:ss,mmm` times. SRT has no speaker markup;
 * the widespread convention is a "Name: " prefix, written on every cue so
 * that our parser (and people) read it back unambiguously.
 */
import { endOf, requireExactTimes } from "./export-checks.ts";
import type { Transcript } from "./model.ts";
import { formatTimestamp } from "./webvtt/timestamp.ts";

export function toSrt(transcript: Transcript): string {
  requireExactTimes(transcript, "SRT");
  return transcript.segments
    .map((segment, index) => {
      const timing = `${formatTimestamp(segment.start!, ",")} --> ${formatTimestamp(endOf(transcript.segments, index), ",")}`;
      const text = segment.speaker ? `${segment.speaker}: ${segment.text}` : segment.text;
      return `${index + 1}\n${timing}\n${text}\n`;
    })
    .join("\n");
}
