/**
 * The transcript as the content store keeps it, and as pages read it back:
 * the transcript engine's model, and its display paragraphs grouped once.
 * Segments are stored column by column (see `SegmentColumnsSchema` in
 * src/schemas/transcript.ts for the measured reasons).
 */
import type { StoredTranscript } from "../schemas/transcript.ts";
import { toParagraphs, type Paragraph, type Segment, type Transcript } from "./transcript/index.ts";

type SegmentColumns = StoredTranscript["segments"];
/** The optional segment fields, in the schema's order (`text` comes between `speaker` and `approximate`). */
const OPTIONAL_FIELDS = ["start", "end", "speaker", "approximate", "section"] as const;

/** What the episodes loader stores for a parsed (and glossary-corrected) transcript; the content layer validates it. */
export function toStoredTranscript(transcript: Transcript, file: string): StoredTranscript {
  const { segments } = transcript;
  const columns: Record<string, unknown[]> = { text: segments.map((segment) => segment.text) };
  for (const field of OPTIONAL_FIELDS) {
    if (segments.some((segment) => segment[field] !== undefined)) columns[field] = segments.map((segment) => segment[field] ?? null);
  }
  return {
    file,
    format: transcript.format,
    ...(transcript.language !== undefined ? { language: transcript.language } : {}),
    speakers: transcript.speakers,
    segments: columns as SegmentColumns,
    timed: transcript.timed,
  };
}

/** Segments back from columns, with the schema's keys in its order, as the content layer stored them before. */
function toSegments(columns: SegmentColumns): Segment[] {
  const { text, start, end, speaker, approximate, section } = columns;
  return text.map((segmentText, i) => {
    const segment: Partial<Segment> = {};
    if (start?.[i] != null) segment.start = start[i]!;
    if (end?.[i] != null) segment.end = end[i]!;
    if (speaker?.[i] != null) segment.speaker = speaker[i]!;
    segment.text = segmentText;
    if (approximate?.[i] != null) segment.approximate = approximate[i]!;
    if (section?.[i] != null) segment.section = section[i]!;
    return segment as Segment;
  });
}

// The five transcript files of an episode are rendered one after another
// (transcript.[ext] lists them together), so the last decoded model is kept
// for the next; one slot, so at most one decoded transcript is held.
let lastStored: StoredTranscript | undefined;
let lastModel: Transcript | undefined;

/** The stored transcript as the parsers' model (its warnings were reported by the content check). Do not modify it. */
export function transcriptModel(stored: StoredTranscript): Transcript {
  if (stored === lastStored && lastModel) return lastModel;
  const { file: _file, segments, language, ...rest } = stored;
  const model: Transcript = {
    ...rest,
    // zod's optional fields may hold `undefined`; the model leaves them out.
    ...(language ? { language } : {}),
    segments: toSegments(segments),
    warnings: [],
  };
  lastStored = stored;
  lastModel = model;
  return model;
}

// Every episode has about eight routes that need its paragraphs (the page,
// the embed card, oEmbed, takeaways ×3, episode.json, transcript.txt).
// Grouping a two-hour transcript costs a few milliseconds, so recomputing it
// per route was 28.7 s of CPU at 1,000 Chinese episodes (issue 9 profile).
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

/**
 * Records paragraphs already grouped from the model this stored transcript
 * was made from (the episodes loader groups them for the summary), so the
 * loader's search document does not group the same transcript again.
 */
export function rememberParagraphs(stored: StoredTranscript, paragraphs: readonly Paragraph[]): void {
  paragraphLists.set(stored, paragraphs);
}
