/**
 * JSON shapes people have, in each vendor's documented response layout
 * (hand-made files under tests/fixtures/transcripts/json/; expected
 * segments written from the layouts: AssemblyAI in milliseconds, AWS
 * times as strings, Deepgram speakers as numbers).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript, TranscriptError, type Transcript } from "../../../src/lib/transcript/index.ts";

const dir = path.resolve(import.meta.dirname, "../../fixtures/transcripts/json");
const read = (name: string) => parseTranscript(readFileSync(path.join(dir, name)), { fileName: name });
const lines = (t: Transcript) => t.segments.map(({ start, end, speaker, text }) => ({ start, end, speaker, text }));

describe("vendor JSON", () => {
  it("a bare array of segments", () => {
    const t = read("bare-array.json");
    expect(t.format).toBe("vendor-json");
    expect(t.timed).toBe(true);
    expect(lines(t)).toEqual([
      { start: 0, end: 2.5, speaker: "Ana", text: "Welcome back to the show." },
      { start: 2.5, end: 5.25, speaker: "Ben", text: "Thanks for having me." },
      { start: 5.25, end: 7, speaker: undefined, text: "Let's get started." },
    ]);
  });

  it("WhisperX: segments with speaker, and word times kept (unaligned words have none)", () => {
    const t = read("whisperx.json");
    expect(lines(t)).toEqual([
      { start: 0.031, end: 2.112, speaker: "SPEAKER_00", text: "Welcome back to the show." },
      { start: 2.5, end: 4, speaker: "SPEAKER_01", text: "It costs 20 dollars." },
    ]);
    expect(t.segments[0]!.words!.map((w) => [w.text, w.start, w.end])).toEqual([
      ["Welcome", 0.031, 0.452],
      ["back", 0.492, 0.733],
      ["to", 0.773, 0.853],
      ["the", 0.893, 1.013],
      ["show.", 1.053, 2.112],
    ]);
    expect(t.segments[1]!.words!.map((w) => w.text)).toEqual(["It", "costs", "dollars."]);
    expect(t.language).toBe("en");
  });

  it("Deepgram with utterances: one segment per utterance, speakers numbered from 0", () => {
    const t = read("deepgram-utterances.json");
    expect(lines(t)).toEqual([
      { start: 0.08, end: 1.6, speaker: "Speaker 0", text: "Welcome back to the show." },
      { start: 2.4, end: 3.6, speaker: "Speaker 1", text: "Thanks for having me." },
    ]);
    expect(t.segments[1]!.words!.map((w) => w.text)).toEqual(["Thanks", "for", "having", "me."]);
  });

  it("Deepgram with paragraphs: one segment per sentence, the paragraph's speaker", () => {
    expect(lines(read("deepgram-paragraphs.json"))).toEqual([
      { start: 0.08, end: 1.6, speaker: "Speaker 0", text: "Welcome back to the show." },
      { start: 1.7, end: 3.1, speaker: "Speaker 0", text: "Today we talk about moats." },
      { start: 3.5, end: 4.7, speaker: "Speaker 1", text: "Thanks for having me." },
    ]);
  });

  it("AssemblyAI utterances: milliseconds become seconds, speakers A and B", () => {
    expect(lines(read("assemblyai-utterances.json"))).toEqual([
      { start: 0.08, end: 1.6, speaker: "Speaker A", text: "Welcome back to the show." },
      { start: 2.4, end: 3.6, speaker: "Speaker B", text: "Thanks for having me." },
    ]);
  });

  it("AssemblyAI paragraphs endpoint, no speakers", () => {
    expect(lines(read("assemblyai-paragraphs.json"))).toEqual([
      { start: 0.08, end: 1.6, speaker: undefined, text: "Welcome back to the show." },
      { start: 2.4, end: 3.6, speaker: undefined, text: "Thanks for having me." },
    ]);
  });

  it("AWS Transcribe items: punctuation joined to its word, sentences grouped, speakers from speaker_labels", () => {
    const t = read("aws-transcribe.json");
    expect(lines(t)).toEqual([
      { start: 0.04, end: 1.6, speaker: "Speaker 1", text: "Welcome back to the show." },
      { start: 2.4, end: 3.3, speaker: "Speaker 2", text: "Thanks, Ana." },
    ]);
    expect(t.segments[1]!.words).toEqual([
      { text: "Thanks,", start: 2.4, end: 2.9 },
      { text: "Ana.", start: 2.9, end: 3.3 },
    ]);
  });

  it("AWS Transcribe audio_segments", () => {
    expect(lines(read("aws-transcribe-audio-segments.json"))).toEqual([
      { start: 0.04, end: 1.6, speaker: "Speaker 1", text: "Welcome back to the show." },
      { start: 2.4, end: 3.3, speaker: "Speaker 2", text: "Thanks, Ana." },
    ]);
  });

  it("a JSON file of no known shape: the error lists the shapes known", () => {
    let error: TranscriptError | undefined;
    try {
      parseTranscript('{"chapters": []}', { fileName: "x.json" });
    } catch (thrown) {
      error = thrown as TranscriptError;
    }
    expect(error?.message).toBe(
      'x.json:1  This JSON file is not a transcript shownotes knows. It reads Podcasting 2.0 ("segments" with "startTime" and "body"), Whisper or WhisperX ("segments" with "start", "end" and "text"), a bare list of segments ([{"start", "end", "text"}]), Deepgram ("results.channels"), AssemblyAI ("utterances", "paragraphs" or "words") or AWS Transcribe ("results.items").',
    );
  });
});
