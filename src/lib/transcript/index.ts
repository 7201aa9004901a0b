/** The transcript engine: any transcript file in, one model, every format out. */
export type { Segment, Transcript, TranscriptFormat, TranscriptWarning } from "./model.ts";
export { parseTranscript, type ParseOptions } from "./parse-transcript.ts";
export { TranscriptError, ExportError } from "./errors.ts";
export { parseGlossary, applyGlossary, type Glossary, type GlossaryEntry } from "./glossary.ts";
export { toParagraphs, type Paragraph, type ParagraphOptions } from "./paragraphs.ts";
export { toWebVtt } from "./export-webvtt.ts";
export { toSrt } from "./export-srt.ts";
export { toPodcastingJson } from "./export-podcasting-json.ts";
export { toPodcastingHtml } from "./export-podcasting-html.ts";
export { toText, paragraphsToText, type TextOptions } from "./export-text.ts";
