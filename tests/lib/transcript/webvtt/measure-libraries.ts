/**
 * Measures registry WebVTT parsers against the same WPT suite our parser
 * passes, so the choice in src/lib/transcript/webvtt/file-parser.ts can be
 * re-checked when they release. Not part of `npm test` (the libraries are
 * devDependencies only for this); run it with
 *   npx node tests/lib/transcript/webvtt/measure-libraries.ts
 *
 * Each library's output is mapped onto the VTTCue/VTTRegion shape the WPT
 * assertions read; a file "is rejected" when the library reports a
 * signature error (webvtt-parser), or throws / reports BadSignature
 * (media-captions).
 */
import { parseText, ParseErrorCode } from "media-captions";
// @ts-expect-error: no types shipped
import webvttParser from "webvtt-parser";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadFileParsingCases, loadInvalidSignatureCases, runAssertions, wptRoot } from "./wpt-suite.ts";

type Outcome = { cues: unknown[]; rejected: boolean };
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes);

async function mediaCaptions(text: string, strict: boolean): Promise<Outcome> {
  try {
    const result = await parseText(text, { strict, errors: true, type: "vtt" });
    const rejected = result.errors.some((e) => e.code === ParseErrorCode.BadSignature);
    return { cues: result.cues, rejected };
  } catch {
    return { cues: [], rejected: true };
  }
}

function w3cValidator(text: string): Outcome {
  const entities = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../../node_modules/webvtt-parser/html-entities.json"), "utf8"));
  const parser = new webvttParser.WebVTTParser(entities);
  const result = parser.parse(text, "subtitles");
  const cues = result.cues.map((c: Record<string, unknown>) => ({
    id: c.id,
    startTime: c.startTime,
    endTime: c.endTime,
    text: c.text,
    vertical: c.direction === "horizontal" ? "" : c.direction,
    snapToLines: c.snapToLines,
    line: c.linePosition,
    lineAlign: c.lineAlign,
    position: c.textPosition,
    positionAlign: c.positionAlign,
    size: c.size,
    align: c.alignment,
    region: null, // regions are not supported
  }));
  return { cues, rejected: result.errors.some((e: { message: string }) => /signature/i.test(e.message)) };
}

const fileCases = loadFileParsingCases().filter((c) => c.name !== "stylesheets");
const invalid = loadInvalidSignatureCases();
const libraries: [string, (text: string) => Outcome | Promise<Outcome>][] = [
  ["media-captions (tolerant)", (t) => mediaCaptions(t, false)],
  ["media-captions (strict)", (t) => mediaCaptions(t, true)],
  ["webvtt-parser (with its entities map)", w3cValidator],
];
console.log(`suite: ${wptRoot}`);
for (const [name, run] of libraries) {
  const failures: string[] = [];
  let passed = 0;
  for (const c of fileCases) {
    const outcome = await run(decode(c.bytes));
    const failure = runAssertions(c.assertions, outcome.cues);
    if (failure === null) passed++;
    else failures.push(c.name);
  }
  for (const c of invalid) {
    const outcome = await run(decode(c.bytes));
    if (outcome.rejected) passed++;
    else failures.push(c.name);
  }
  console.log(`${name}: ${passed}/${fileCases.length + invalid.length}; failing: ${failures.join(", ")}`);
}
