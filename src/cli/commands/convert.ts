/**
 * `shownotes convert <file> --to FORMAT`: reads any transcript the engine
 * understands and prints it in another format.
 *
 * --duration does not make SRT, WebVTT or JSON possible for a transcript
 * without times: the times it gives are estimates, and those formats
 * promise exact times. It only adds "(about m:ss)" marks to
 * `--to txt`, worded as estimates.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  applyGlossary,
  ExportError,
  parseGlossary,
  parseTranscript,
  toPodcastingHtml,
  toPodcastingJson,
  toSrt,
  toText,
  toWebVtt,
  TranscriptError,
  type Transcript,
  type TranscriptFormat,
} from "../../lib/transcript/index.ts";
import { parseDuration } from "../../lib/timing/time.ts";
import type { CommandIo } from "../command-io.ts";

export const help = `Usage: shownotes convert <file> --to json|vtt|srt|html|txt [options]

Reads a transcript (WebVTT, SRT, Podcasting 2.0 JSON or HTML, Whisper or
WhisperX JSON, Deepgram, AssemblyAI or AWS Transcribe JSON, Otter, Rev or
Descript text exports, or text with or without times; the kind is
recognised from what is in the file) and prints it in the format you ask for.

  --to FORMAT          What to print:
                         json  Podcasting 2.0 JSON transcript
                         vtt   WebVTT captions, speakers as <v Name>
                         srt   SubRip captions, speakers as "Name: "
                         html  Podcasting 2.0 HTML transcript
                         txt   plain text in paragraphs
  --from FORMAT        Skip recognition and read the file as: vtt, srt, json
                       (Podcasting 2.0), whisper, vendor (Deepgram,
                       AssemblyAI, AWS Transcribe or a bare list of
                       segments), html, text (with times or speakers) or
                       plain (no times).
  --duration SECONDS   Episode length (seconds, or h:mm:ss). For a transcript
                       without times, --to txt then shows roughly where each
                       paragraph starts, as "(about 12:30)". Estimated times
                       are never written into json, vtt or srt: those formats
                       promise exact times, so a transcript without times can
                       only become txt or html.
  --glossary FILE      Fix recognition errors using a glossary (YAML list of
                       "- meant: OpenAI" / "heard: [open eye]"). The
                       transcript file itself is not changed.
  -h, --help           Show this help.

Example:
  shownotes convert episode-12.srt --to vtt > episode-12.vtt
`;

const FROM: Record<string, TranscriptFormat> = {
  vtt: "vtt",
  srt: "srt",
  json: "podcasting20-json",
  whisper: "whisper-json",
  vendor: "vendor-json",
  html: "podcasting20-html",
  text: "text-timed",
  plain: "text-plain",
};

const TO = {
  json: { name: "Podcasting 2.0 JSON", write: toPodcastingJson },
  vtt: { name: "WebVTT", write: toWebVtt },
  srt: { name: "SRT", write: toSrt },
  html: { name: "HTML", write: toPodcastingHtml },
  txt: { name: "text", write: (t: Transcript) => toText(t, { approximateTimes: true }) },
} as const;

export function run(args: string[], io: CommandIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: "string" },
        from: { type: "string" },
        duration: { type: "string" },
        glossary: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.err(`shownotes convert: ${(error as Error).message}\nRun "shownotes convert --help" for the options.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(help);
    return 0;
  }
  const usage = (message: string) => {
    io.err(`shownotes convert: ${message}\nRun "shownotes convert --help" for the options.\n`);
    return 2;
  };
  if (positionals.length !== 1) return usage(positionals.length ? "give one transcript file at a time." : "which transcript? Give its file name.");
  const to = values.to;
  if (!to || !(to in TO)) return usage(`--to must be one of ${Object.keys(TO).join(", ")}.`);
  if (values.from !== undefined && !(values.from in FROM)) return usage(`--from must be one of ${Object.keys(FROM).join(", ")}.`);
  let duration: number | undefined;
  if (values.duration !== undefined) {
    duration = parseDuration(values.duration);
    if (duration === undefined || duration <= 0) return usage(`--duration "${values.duration}" is not a length; write seconds (3600) or h:mm:ss (1:00:00).`);
  }

  const file = positionals[0]!;
  const fileName = basename(file);
  try {
    const bytes = readSource(file);
    const format = values.from ? FROM[values.from] : undefined;
    let transcript = parseTranscript(bytes, { fileName, ...(format ? { format } : {}), ...(duration !== undefined ? { duration } : {}) });
    if (values.glossary) {
      const glossaryText = new TextDecoder().decode(readSource(values.glossary));
      transcript = applyGlossary(transcript, parseGlossary(glossaryText, basename(values.glossary)));
    }
    const target = TO[to as keyof typeof TO];
    if ((to === "json" || to === "vtt" || to === "srt") && !transcript.timed) {
      const why =
        duration !== undefined && transcript.segments.some((s) => s.approximate)
          ? "its times are only estimates (from --duration)"
          : "it has no times (or only a few)";
      io.err(
        `${fileName}: cannot write ${target.name}: ${why}, and ${target.name} needs an exact time for every line. ` +
          `Use --to txt (or --to html) instead. --duration does not unlock ${target.name}: it only estimates times, and estimates are never written as exact ones.\n`,
      );
      return 1;
    }
    io.out(target.write(transcript));
    for (const warning of transcript.warnings) io.err(`${fileName}:${warning.line}  warning: ${warning.message}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TranscriptError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    if (error instanceof ExportError) {
      io.err(`${fileName}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

class CliError extends Error {}

function readSource(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "there is no such file" : code === "EISDIR" ? "it is a folder, not a file" : "it cannot be read";
    throw new CliError(`${file}: cannot open the file: ${why}.`);
  }
}
