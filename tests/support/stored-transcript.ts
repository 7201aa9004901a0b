import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { segmentsFilePath, toSegmentColumns, toStoredTranscript, writeSegmentsFile } from "../../src/lib/transcript/stored-transcript.ts";
import type { StoredTranscript } from "../../src/schemas/transcript.ts";
import type { Transcript } from "../../src/lib/transcript/index.ts";

const folder = mkdtempSync(join(tmpdir(), "shownotes-segments-"));
let count = 0;

/** A transcript stored as the episodes loader stores it: its segments written to a file in a temporary folder. */
export async function storeTranscript(transcript: Transcript, file: string): Promise<StoredTranscript> {
  const segmentsFile = segmentsFilePath(folder, `episode-${++count}`, "test");
  await writeSegmentsFile(segmentsFile, toSegmentColumns(transcript.segments));
  return toStoredTranscript(transcript, file, segmentsFile);
}
