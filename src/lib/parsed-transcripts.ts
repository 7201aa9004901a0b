/**
 * Transcripts the content check has already parsed, handed to the episodes
 * loader so a build reads each transcript file once.
 *
 * The check (before the build) and the loader (content sync) both ran
 * `parseTranscript` on every transcript: 5–6 s of CPU each at 1,000
 * two-hour episodes (benchmark profile). The check leaves what it parsed
 * here; the loader takes it only when the file's bytes and the duration it
 * would parse with are exactly the ones the check used, so what it stores
 * never differs from parsing the file itself. Anything not taken is dropped
 * once the loader is done.
 *
 * Kept on globalThis under a registered symbol: the check (loaded with
 * astro.config) and the loader (loaded by Vite's SSR runner) get separate
 * instances of this module within the one build process.
 */
import { Buffer } from "node:buffer";
import type { Transcript } from "./transcript/index.ts";

interface Parsed {
  bytes: Uint8Array;
  duration: number | undefined;
  transcript: Transcript;
}

const KEY = Symbol.for("shownotes.parsedTranscripts");
type Registry = { [KEY]?: Map<string, Parsed> };

function handed(): Map<string, Parsed> {
  return ((globalThis as Registry)[KEY] ??= new Map());
}

/**
 * Leaves a parse result for the loader. `path` is the file's absolute path;
 * `duration` the one given to `parseTranscript`. The transcript must not be
 * changed afterwards (applyGlossary returns a copy, so the check's does not).
 */
export function handOverParsedTranscript(path: string, bytes: Uint8Array, duration: number | undefined, transcript: Transcript): void {
  handed().set(path, { bytes, duration, transcript });
}

/** The check's parse of this file if it read exactly these bytes with this duration; each is taken once. */
export function takeParsedTranscript(path: string, bytes: Uint8Array, duration: number | undefined): Transcript | undefined {
  const parsed = handed().get(path);
  if (!parsed) return undefined;
  handed().delete(path);
  if (parsed.duration !== duration || !Buffer.from(parsed.bytes.buffer, parsed.bytes.byteOffset, parsed.bytes.byteLength).equals(bytes)) return undefined;
  return parsed.transcript;
}

/** Drops whatever the loader did not take (unchanged episodes it skipped by digest), so it is not held for the rest of the build. */
export function dropParsedTranscripts(): void {
  handed().clear();
}
