import { decodeSource } from "./decode.ts";
import { detectFormat } from "./detect-format.ts";
import { TranscriptError } from "./errors.ts";
import { parseJsonSource } from "./json-source.ts";
import type { Transcript, TranscriptFormat } from "./model.ts";
import { isPodcastingJson, parsePodcastingJson } from "./parse-podcasting-json.ts";
import { parseHtml } from "./parse-html.ts";
import { parsePodcastingHtml } from "./parse-podcasting-html.ts";
import { parsePlainText } from "./parse-plain-text.ts";
import { parseSrt } from "./parse-srt.ts";
import { parseTimedText } from "./parse-timed-text.ts";
import { parseVtt } from "./parse-vtt.ts";
import { KNOWN_JSON_SHAPES, parseVendorJson, vendorShape } from "./parse-vendor-json.ts";
import { isWhisperJson, parseWhisperJson } from "./parse-whisper-json.ts";

export interface ParseOptions {
  /** Shown in messages ("transcript.srt:12:5  …"); its extension is a format hint. */
  fileName: string;
  /** Skip detection (e.g. the CLI's --from). */
  format?: TranscriptFormat;
  /** Episode length in seconds: lets untimed plain text get approximate times. */
  duration?: number;
}

/**
 * Any supported transcript file to the one model. Throws TranscriptError
 * (file, line, column, a sentence) for what cannot be read; repairs are
 * listed in `warnings`.
 */
export function parseTranscript(source: string | Uint8Array, options: ParseOptions): Transcript {
  const decoded = decodeSource(source, options.fileName);
  const transcript = parseText(decoded.text, options);
  if (decoded.warnings.length) transcript.warnings = [...decoded.warnings, ...transcript.warnings];
  return transcript;
}

function parseText(text: string, options: ParseOptions): Transcript {
  const { fileName } = options;
  const kind = options.format ?? detectFormat(text, fileName);
  switch (kind) {
    case "vtt":
      return parseVtt(text, fileName);
    case "srt":
      return parseSrt(text, fileName);
    case "podcasting20-html":
      return parsePodcastingHtml(text, fileName);
    case "html":
      return parseHtml(text, fileName);
    case "text-timed":
      return parseTimedText(text, fileName);
    case "text-plain":
      return parsePlainText(text, fileName, options.duration);
    case "json":
    case "podcasting20-json":
    case "whisper-json":
    case "vendor-json": {
      const data = parseJsonSource(text, fileName);
      if (kind !== "whisper-json" && isPodcastingJson(data)) return parsePodcastingJson(data, text, fileName);
      if (kind !== "podcasting20-json" && isWhisperJson(data)) return parseWhisperJson(data, text, fileName);
      if ((kind === "json" || kind === "vendor-json") && vendorShape(data)) return parseVendorJson(data, text, fileName);
      throw new TranscriptError(
        fileName,
        1,
        kind === "json"
          ? `This JSON file is not a transcript shownotes knows. It reads ${KNOWN_JSON_SHAPES}.`
          : `This JSON file is not a ${kind === "whisper-json" ? "Whisper" : "Podcasting 2.0"} transcript.`,
      );
    }
  }
}
