/**
 * The transcript as the content store keeps it, and as pages read it back:
 * the transcript engine's model, and its display paragraphs grouped once.
 * The store keeps the transcript's details; its segments live in a file of
 * columns beside it (see `segmentsFile` in src/schemas/transcript.ts for the
 * measured reasons), read when a route needs them.
 */
import { readFileSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SegmentColumns, StoredTranscript } from "../../schemas/transcript.ts";
import { writeFileAtomic } from "../cache/write-atomic.ts";
import { hasRealTimes } from "../feed/transcript-files.ts";
import { toParagraphs, type Paragraph, type Segment, type Transcript } from "./index.ts";

/** The optional segment fields, in the schema's order (`text` comes between `speaker` and `approximate`). */
const OPTIONAL_FIELDS = ["start", "end", "speaker", "approximate", "section", "nonSpeech"] as const;

/** Segments as columns (`SegmentColumnsSchema`): one array per field, `null` where a segment lacks it, unused fields left out. */
export function toSegmentColumns(segments: readonly Segment[]): SegmentColumns {
  const columns: Record<string, unknown[]> = { text: segments.map((segment) => segment.text) };
  for (const field of OPTIONAL_FIELDS) {
    if (segments.some((segment) => segment[field] !== undefined)) columns[field] = segments.map((segment) => segment[field] ?? null);
  }
  return columns as SegmentColumns;
}

/** Segments back from columns, with the schema's keys in its order, as the content layer stored them before. */
export function fromSegmentColumns(columns: SegmentColumns): Segment[] {
  const { text, start, end, speaker, approximate, section, nonSpeech } = columns;
  return text.map((segmentText, i) => {
    const segment: Partial<Segment> = {};
    if (start?.[i] != null) segment.start = start[i]!;
    if (end?.[i] != null) segment.end = end[i]!;
    if (speaker?.[i] != null) segment.speaker = speaker[i]!;
    segment.text = segmentText;
    if (approximate?.[i] != null) segment.approximate = approximate[i]!;
    if (section?.[i] != null) segment.section = section[i]!;
    if (nonSpeech?.[i] != null) segment.nonSpeech = nonSpeech[i]!;
    return segment as Segment;
  });
}

/** What the episodes loader stores for a parsed (and glossary-corrected) transcript whose segments it wrote to `segmentsFile`. */
export function toStoredTranscript(transcript: Transcript, file: string, segmentsFile: string): StoredTranscript {
  return {
    file,
    format: transcript.format,
    ...(transcript.language !== undefined ? { language: transcript.language } : {}),
    speakers: transcript.speakers,
    segmentsFile,
    segmentCount: transcript.segments.length,
    realTimes: hasRealTimes(transcript),
    timed: transcript.timed,
  };
}

/**
 * The segments files of a build, one per episode with a transcript, in
 * Astro's cache folder: `<slug>.<digest>.json`, where the digest is the
 * episode entry's, so an unchanged episode keeps its file across builds.
 */
export function segmentsFolder(cacheDir: URL): string {
  return fileURLToPath(new URL("transcript-segments/", cacheDir));
}

export function segmentsFilePath(folder: string, slug: string, digest: string): string {
  return join(folder, `${slug}.${digest}.json`);
}

export async function writeSegmentsFile(path: string, columns: SegmentColumns): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(columns));
}

/** Removes the segments files no stored episode points to any more (edited or deleted episodes). */
export async function keepOnlySegmentsFiles(folder: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => (name.endsWith(".json") || name.endsWith(".tmp")) && !keep.has(join(folder, name))).map((name) => rm(join(folder, name), { force: true })));
}

// The five transcript files of an episode are rendered one after another
// (transcript.[ext] lists them together), so the last decoded model is kept
// for the next; one slot, so at most one decoded transcript is held.
let lastStored: StoredTranscript | undefined;
let lastModel: Transcript | undefined;

/** The stored transcript as the parsers' model, segments read from its file (warnings were reported by the content check). Do not modify it. */
export function transcriptModel(stored: StoredTranscript): Transcript {
  if (stored === lastStored && lastModel) return lastModel;
  const { file: _file, segmentsFile, segmentCount: _count, realTimes: _realTimes, language, ...rest } = stored;
  const columns = JSON.parse(readFileSync(segmentsFile, "utf8")) as SegmentColumns;
  const model: Transcript = {
    ...rest,
    // zod's optional fields may hold `undefined`; the model leaves them out.
    ...(language ? { language } : {}),
    segments: fromSegmentColumns(columns),
    warnings: [],
  };
  lastStored = stored;
  lastModel = model;
  return model;
}

// Every episode has about eight routes that need its paragraphs (the page,
// the embed card, oEmbed, takeaways ×3, episode.json, transcript.txt).
// Grouping a two-hour transcript costs a few milliseconds, so recomputing it
// per route was 28.7 s of CPU at 1,000 Chinese episodes (benchmark profile).
// `getCollection()` hands out the same data object on every call, so a
// WeakMap keyed by it computes each once and lets it go with the entry.
const paragraphLists = new WeakMap<StoredTranscript, readonly Paragraph[]>();

/** The display paragraphs of a stored transcript (`toParagraphs` with its defaults), computed once. */
export function transcriptParagraphs(stored: StoredTranscript): readonly Paragraph[] {
  let paragraphs = paragraphLists.get(stored);
  if (!paragraphs) {
    paragraphs = toParagraphs(transcriptModel(stored));
    paragraphLists.set(stored, paragraphs);
  }
  return paragraphs;
}
