/**
 * Podcasting 2.0 JSON transcript (podcast namespace "Transcripts" doc):
 * `{"version": "1.0.0", "segments": [{speaker, startTime, endTime, body}]}`.
 * `endTime` is optional in the format and left out where the source had none.
 */
import { requireExactTimes } from "./export-checks.ts";
import type { Transcript } from "./model.ts";

export function toPodcastingJson(transcript: Transcript): string {
  requireExactTimes(transcript, "Podcasting 2.0 JSON");
  const segments = transcript.segments.map((s) => ({
    ...(s.speaker ? { speaker: s.speaker } : {}),
    startTime: s.start!,
    ...(s.end !== undefined ? { endTime: s.end } : {}),
    body: s.text,
  }));
  return `${JSON.stringify({ version: "1.0.0", segments }, null, 2)}\n`;
}
