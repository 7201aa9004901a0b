/**
 * Damaged timing lines keep their words: every corpus SRT and WebVTT file,
 * with the arrow of every fifth time line damaged as editors damage it,
 * reads back to the same cues as the undamaged file, with a warning on
 * each damaged line. A time line damaged beyond repair keeps its cue's
 * words with the cue before, and no cue number becomes spoken text.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript, TranscriptError, type Transcript } from "../../../src/lib/transcript/index.ts";
import { corpusFile, corpusFiles } from "./corpus.ts";
import { inOrder, words } from "./spoken-words.ts";

const files = [...corpusFiles("srt"), ...corpusFiles("vtt")];
const DAMAGES = ["->", "—>", "–>", "-- >", "- ->", "-->>", "→", "=>", ""];

/** The file with the arrow of every fifth time line replaced; the 1-based numbers of the damaged lines. */
function damage(text: string, arrow: string): { text: string; lines: number[] } {
  const lines = text.split(/\r?\n/);
  const damaged: number[] = [];
  let timeLines = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.includes("-->")) continue;
    if (timeLines++ % 5 !== 2) continue;
    lines[i] = line.replace(/\s*-->\s*/, arrow === "" ? " " : ` ${arrow} `);
    damaged.push(i + 1);
  }
  return { text: lines.join("\n"), lines: damaged };
}

const cues = (t: Transcript) => t.segments.map(({ start, end, speaker, text }) => ({ start, end, speaker, text }));

describe.each(files)("%s", (file) => {
  const original = corpusFile(file).toString("utf8").replace(/^\uFEFF/, "");
  const clean = parseTranscript(original, { fileName: file });

  it.each(DAMAGES)("arrow written %j: repaired, same cues, a warning on each damaged line", (arrow) => {
    const { text, lines } = damage(original, arrow);
    expect(lines.length).toBeGreaterThan(0);
    const repaired = parseTranscript(text, { fileName: file });
    expect(cues(repaired)).toEqual(cues(clean));
    const warned = repaired.warnings.filter((w) => w.message.startsWith('The "-->" between the two cue times is')).map((w) => w.line);
    expect(warned).toEqual(lines);
    if (arrow !== "") expect(repaired.warnings.find((w) => w.line === lines[0])!.message).toContain(`(written "${arrow}")`);
  });

  it("a time line damaged beyond repair keeps its words, without the cue number or the time", () => {
    const lines = original.split(/\r?\n/);
    const index = lines.findIndex((line, i) => line.includes("-->") && i > 10);
    const broken = lines[index]!.replace(/\s*-->.*$/, " -> 00:0x");
    lines[index] = broken;
    const damaged = parseTranscript(lines.join("\n"), { fileName: file });
    const before = words(clean.segments.map((s) => s.text).join(" "));
    const after = words(damaged.segments.map((s) => s.text).join(" "));
    expect(inOrder(before, after)).toBe(true);
    // Nothing added but, at most, a speaker label that started the lost cue ("[SPEAKER_00]:"): never its number or time.
    const added = [...after];
    for (const word of before) added.splice(added.indexOf(word), 1);
    expect(added.filter((word) => !/^(SPEAKER\d+|[A-Z][a-z]+)$/.test(word))).toEqual([]);
    expect(damaged.warnings.some((w) => w.line === index + 1 && w.message.includes("cannot be read"))).toBe(true);
  });
});

describe("SRT: the damage of issue 18", () => {
  it('"->" does not fold the time line and cue number into the previous cue', () => {
    const t = parseTranscript("1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\n00:00:03,000 -> 00:00:04,000\nsecond\n", { fileName: "a.srt" });
    expect(cues(t)).toEqual([
      { start: 1, end: 2, speaker: undefined, text: "first" },
      { start: 3, end: 4, speaker: undefined, text: "second" },
    ]);
    expect(t.warnings).toEqual([{ line: 6, message: 'The "-->" between the two cue times is damaged (written "->"); read it as "-->".' }]);
  });

  it("minutes or seconds of 60 or more are refused, naming the field", () => {
    expect(() => parseTranscript("1\n00:00:01,000 --> 00:00:75,000\nfirst\n", { fileName: "a.srt" })).toThrow(
      new TranscriptError("a.srt", 2, 'The cue times "00:00:01,000 --> 00:00:75,000" cannot be read: "75" is not a number of minutes or seconds (they go from 00 to 59). SRT cue times look like "00:01:02,500 --> 00:01:04,000".', 18),
    );
  });
});

describe("WebVTT: timestamps the spec fails", () => {
  it("seconds over 59 fail the cue (WebVTT §6.1), refused with line, column and the reason", () => {
    let error: TranscriptError | undefined;
    try {
      parseTranscript("WEBVTT\n\n01:75.000 --> 01:76.000\nfirst\n", { fileName: "d.vtt" });
    } catch (thrown) {
      error = thrown as TranscriptError;
    }
    expect(error?.message).toBe(
      'd.vtt:3:1  The cue times "01:75.000 --> 01:76.000" cannot be read: "75" is not a number of minutes or seconds (they go from 00 to 59). Cue times look like "00:01:02.500 --> 00:01:04.000".',
    );
  });
});

describe("a cue that ends before it starts", () => {
  it("takes its end from the next cue's start, with a warning that says so", () => {
    const t = parseTranscript("WEBVTT\n\n00:00:05.000 --> 00:00:03.000\nfirst\n\n00:00:07.000 --> 00:00:08.000\nsecond\n", { fileName: "e.vtt" });
    expect(cues(t)[0]).toEqual({ start: 5, end: 7, speaker: undefined, text: "first" });
    expect(t.warnings).toEqual([{ line: 3, message: "This line ends (0:03) before it starts (0:05); its end was taken from the next line's start (0:07)." }]);
  });

  it("is refused when no later start can repair it", () => {
    expect(() => parseTranscript("1\n00:00:05,000 --> 00:00:03,500\nfirst\n", { fileName: "f.srt" })).toThrow(
      new TranscriptError("f.srt", 2, "This line ends (0:03.500) before it starts (0:05). Fix its end time."),
    );
  });
});

describe("times that are not times", () => {
  it.each([
    ["1e308", '{"version": "1.0.0", "segments": [\n  {"startTime": 0, "endTime": 1, "body": "a"},\n  {"startTime": 1e308, "body": "b"}\n]}', "start time 1e+308"],
    ["a negative end", '{"segments": [\n {"start": 0, "end": 1, "text": "a"},\n {"start": 1, "end": -2, "text": "b"}\n]}', "end time -2"],
  ])("%s in JSON: refused with the segment's line", (_, json, what) => {
    let error: TranscriptError | undefined;
    try {
      parseTranscript(json, { fileName: "t.json" });
    } catch (thrown) {
      error = thrown as TranscriptError;
    }
    expect(error).toBeInstanceOf(TranscriptError);
    expect(error!.line).toBe(3);
    expect(error!.reason).toBe(`The ${what} (seconds) is not a time in an episode: times must be between 0 and 100 hours. Fix the time on this line.`);
  });
});

describe("an empty transcript", () => {
  it.each([
    ["only WEBVTT", "WEBVTT\n", "e.vtt"],
    ["cues without words", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "e.vtt"],
    ["JSON with no segments", '{"version": "1.0.0", "segments": []}', "e.json"],
  ])("%s: a clear error", (_, text, name) => {
    expect(() => parseTranscript(text, { fileName: name })).toThrow(
      new TranscriptError(name, 1, "There are no words in this transcript (only its header, times or markup). Export it again from your transcription tool."),
    );
  });
});
