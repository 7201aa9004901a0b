/**
 * The measured figure: every transcript in ../shared/corpus/ (and the
 * hand-made files under tests/fixtures/transcripts/ and the seed) through
 * `shownotes convert` to Podcasting 2.0 JSON and back to WebVTT (plain
 * text for a transcript without times, which those formats refuse), run
 * as the CLI runs (`main` with the arguments a podcaster types). For each:
 * words kept in order, times kept, speakers kept, nothing raw (character
 * references or tags) in the text. Prints `N/M transcripts read whole`.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../src/cli/index.ts";
import { parseTranscript, type Transcript } from "../../../src/lib/transcript/index.ts";
import { corpusRoot, repoRoot, seedRoot } from "./corpus.ts";
import { words } from "./spoken-words.ts";

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

const corpus = ["srt", "vtt", "text", "p20-json", "whisper-json"].flatMap((dir) => filesUnder(path.join(corpusRoot, dir)));
const handMade = filesUnder(path.join(repoRoot, "tests/fixtures/transcripts"));
const files = [...corpus, ...handMade, path.join(seedRoot, "transcript.zh.txt")];

async function convert(file: string, to: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["convert", file, "--to", to], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const RAW = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);|<\/?[a-z][^>]*>/i;
const work = mkdtempSync(path.join(tmpdir(), "shownotes-read-whole-"));
const whole: string[] = [];

/**
 * What to compare: the words in order, every start time (a segment's, or
 * its words' when a reader merged word-sized pieces into sentences and
 * kept each piece's time there) and the speaker of each word.
 */
function shape(t: Transcript) {
  const speakers = t.segments.flatMap((s) => words(s.text).map(() => s.speaker ?? null));
  return { words: words(t.segments.map((s) => s.text).join(" ")), speakers };
}

/** Every segment start of the source is still a start (of a segment, or of a word in a merged one) after the round trip. */
function lostStarts(source: Transcript, back: Transcript): number[] {
  const kept = new Set(back.segments.flatMap((s) => (s.words ? [s.start, ...s.words.map((w) => w.start)] : [s.start])));
  return source.segments.map((s) => s.start!).filter((start) => !kept.has(start));
}

describe("every transcript survives convert to JSON and back to WebVTT", () => {
  it.each(files.map((file) => [path.relative(path.dirname(repoRoot), file), file]))("%s", async (_, file) => {
    const source = parseTranscript(readFileSync(file), { fileName: path.basename(file) });
    for (const segment of source.segments) expect(segment.text).not.toMatch(RAW);
    const name = path.basename(file).replace(/\W+/g, "-");
    if (!source.timed) {
      const text = await convert(file, "txt");
      expect(text.code).toBe(0);
      // The text export names the speaker before each paragraph: the words are the source's, with those names between them.
      const names = new Set(source.speakers.flatMap((n) => words(n)));
      const spoken = (list: string[]) => list.filter((w) => !names.has(w));
      expect(spoken(words(text.out))).toEqual(spoken(words(source.segments.map((s) => s.text).join(" "))));
      expect(text.out).not.toMatch(RAW);
      whole.push(file);
      return;
    }
    const json = await convert(file, "json");
    expect(json.code, json.err).toBe(0);
    const jsonFile = path.join(work, `${name}.json`);
    writeFileSync(jsonFile, json.out);
    const vtt = await convert(jsonFile, "vtt");
    expect(vtt.code, vtt.err).toBe(0);
    const back = parseTranscript(vtt.out, { fileName: `${name}.vtt` });
    for (const segment of back.segments) expect(segment.text).not.toMatch(RAW);
    expect(shape(back)).toEqual(shape(source));
    expect(lostStarts(source, back)).toEqual([]);
    whole.push(file);
  });

  afterAll(() => {
    console.log(`${whole.length}/${files.length} transcripts read whole`);
  });
});
