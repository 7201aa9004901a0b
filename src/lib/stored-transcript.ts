/**
 * The transcript as pages read it from the content store, converted to the
 * transcript engine's model and grouped into display paragraphs once per
 * stored transcript.
 *
 * Every episode has about eight routes that need its paragraphs (the page,
 * the embed card, oEmbed, takeaways ×3, episode.json, transcript.txt).
 * Grouping a two-hour transcript costs a few milliseconds, so recomputing it
 * per route was 28.7 s of CPU at 1,000 Chinese episodes (issue 9 profile).
 * `getCollection()` hands out the same data object on every call, so a
 * WeakMap keyed by it computes each once and lets it go with the entry.
 */
import type { StoredTranscript } from "../schemas/transcript.ts";
import { toParagraphs, type Paragraph, type Transcript } from "./transcript/index.ts";

const models = new WeakMap<StoredTranscript, Transcript>();
const paragraphLists = new WeakMap<StoredTranscript, readonly Paragraph[]>();

/** The stored transcript minus its file name is the parsers' model (its warnings were reported by the content check). */
export function transcriptModel(stored: StoredTranscript): Transcript {
  let model = models.get(stored);
  if (!model) {
    const { file: _file, language, ...rest } = stored;
    // zod's optional fields may hold `undefined`; the model leaves them out.
    model = { ...rest, ...(language ? { language } : {}), warnings: [] } as Transcript;
    models.set(stored, model);
  }
  return model;
}

/** The display paragraphs of a stored transcript (`toParagraphs` with its defaults), computed once. */
export function transcriptParagraphs(stored: StoredTranscript): readonly Paragraph[] {
  let paragraphs = paragraphLists.get(stored);
  if (!paragraphs) {
    paragraphs = toParagraphs(transcriptModel(stored));
    paragraphLists.set(stored, paragraphs);
  }
  return paragraphs;
}
