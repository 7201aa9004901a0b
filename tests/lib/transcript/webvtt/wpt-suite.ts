/**
 * Reads the WPT WebVTT conformance suite from ../shared/corpus/wpt-webvtt
 * (web-platform-tests, BSD-3-Clause) into plain cases a harness can run
 * without a browser:
 * - file-parsing: for every generated `tests/<name>.html`, the real bytes
 *   of `tests/support/<name>.vtt` and the JS assertions that the page runs
 *   inside `trackLoaded()` against `cues`;
 * - signature-invalid: the files listed in `signature-invalid.html`, which
 *   must make the parser fail;
 * - cue-text-parsing: the html5lib-style `.dat` trees.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../../..");
export const wptRoot = path.resolve(repoRoot, "../shared/corpus/wpt-webvtt");
const fileParsing = path.join(wptRoot, "file-parsing");

export interface FileParsingCase {
  name: string;
  bytes: Uint8Array;
  /** JS statements run with `cues` and the testharness asserts in scope. */
  assertions: string;
}

export interface InvalidSignatureCase {
  name: string;
  bytes: Uint8Array;
}

export function loadFileParsingCases(): FileParsingCase[] {
  const dir = path.join(fileParsing, "tests");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, "");
      const html = readFileSync(path.join(dir, f), "utf8");
      return { name, bytes: readFileSync(path.join(dir, "support", `${name}.vtt`)), assertions: extractAssertions(name, html) };
    });
}

function extractAssertions(name: string, html: string): string {
  // Generated pages: the assertions sit in a bare block after `var cues = …;`.
  const generated = /var cues = video\.textTracks\[0\]\.cues;\n {4}\{\n([\s\S]*?)\n {4}\}\n {4}this\.done\(\);/.exec(html);
  if (generated) return generated[1]!;
  // header-regions.html is hand-written: helper functions, then the onload body.
  const helpers = /<script>\n(const regionDefaults[\s\S]*?)\nasync_test\(/.exec(html);
  const body = /step_func_done\(function\(\) \{\n\s*var track = testTrack\.track;\n([\s\S]*?)\n\s*\}\);/.exec(html);
  if (helpers && body) return `${helpers[1]}\n${body[1]!.replace(/track\.cues/g, "cues")}`;
  throw new Error(`Cannot find the assertions of WPT test ${name}`);
}

export function loadInvalidSignatureCases(): InvalidSignatureCase[] {
  const html = readFileSync(path.join(fileParsing, "signature-invalid.html"), "utf8");
  return [...html.matchAll(/\['([^']+)',\s*'([^']+\.vtt)'\]/g)].map((m) => ({
    name: `signature, ${m[1]}`,
    bytes: readFileSync(path.join(fileParsing, "support", m[2]!)),
  }));
}

/** testharness.js `same_value`: like Object.is (NaN equals NaN, 0 and -0 differ). */
function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b);
}

/** Runs one case's assertions against `cues`; returns the first failure or null. */
export function runAssertions(assertions: string, cues: unknown[]): string | null {
  const fail = (message: string) => {
    throw new Error(message);
  };
  const harness = {
    assert_equals: (actual: unknown, expected: unknown, description = "") => {
      if (!sameValue(actual, expected)) fail(`${description} expected ${String(expected)} but got ${String(actual)}`);
    },
    assert_not_equals: (actual: unknown, expected: unknown, description = "") => {
      if (sameValue(actual, expected)) fail(`${description} got disallowed value ${String(actual)}`);
    },
    assert_true: (actual: unknown, description = "") => {
      if (actual !== true) fail(`${description} expected true got ${String(actual)}`);
    },
    assert_false: (actual: unknown, description = "") => {
      if (actual !== false) fail(`${description} expected false got ${String(actual)}`);
    },
    assert_unreached: (description = "") => fail(`reached unreachable code ${description}`),
  };
  try {
    // The assertions are the suite's own JavaScript; running them as written
    // keeps the harness honest (no hand translation of 200 assertions).
    new Function("cues", ...Object.keys(harness), assertions)(cues, ...Object.values(harness));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

export interface CueTextCase {
  file: string;
  index: number;
  input: string;
  /** html5lib-style tree lines below `#document-fragment`. */
  expected: string[];
}

/** `\n`, `\t`, `\x00`, `\u2713` escapes as used in the .dat files. */
export function unescapeDat(text: string): string {
  return text.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|n|t|r|f|\\)/g, (_, e: string) => {
    if (e === "n") return "\n";
    if (e === "t") return "\t";
    if (e === "r") return "\r";
    if (e === "f") return "\f";
    if (e === "\\") return "\\";
    return String.fromCharCode(parseInt(e.slice(1), 16));
  });
}

export function loadCueTextCases(): CueTextCase[] {
  const dir = path.join(wptRoot, "cue-text-parsing/dat");
  const cases: CueTextCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".dat")).sort()) {
    const text = readFileSync(path.join(dir, file), "utf8");
    const blocks = text.split(/^#data\n/m).slice(1);
    blocks.forEach((block, index) => {
      const [data = "", rest = ""] = block.split(/\n#errors\n/);
      const tree = rest.split(/#document-fragment\n?/)[1] ?? "";
      cases.push({
        file,
        index,
        input: unescapeDat(data),
        expected: tree.split("\n").filter((l) => l.startsWith("|")),
      });
    });
  }
  return cases;
}
