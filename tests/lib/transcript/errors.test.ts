/** Input we cannot read: a TranscriptError naming file, line (and column), in plain words. */
import { describe, expect, it } from "vitest";
import { parseTranscript, TranscriptError } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

function errorOf(source: string | Uint8Array, fileName: string): TranscriptError {
  try {
    parseTranscript(source, { fileName });
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
  throw new Error("expected a TranscriptError");
}

describe("input that cannot be read", () => {
  it("invalid UTF-8: line and column of the first bad byte", () => {
    const bytes = new Uint8Array([...Buffer.from("WEBVTT\n\n00:00.000 --> 00:01.000\ncafé "), 0xe9, 0x0a]);
    const error = errorOf(bytes, "bad.vtt");
    expect(error.message).toBe('bad.vtt:4:6  This file is not UTF-8 text. Save it again as UTF-8 (most editors offer it under "Save As" or "Encoding").');
    expect([error.file, error.line, error.column]).toEqual(["bad.vtt", 4, 6]);
  });

  it("empty file, or only blank lines", () => {
    expect(errorOf("", "empty.srt").message).toBe("empty.srt:1  This file is empty: there is no transcript in it.");
    expect(errorOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20]), "blank.vtt").message).toBe("blank.vtt:1  This file is empty: there is no transcript in it.");
  });

  it("JSON that is not a transcript (a chapters file from the corpus)", () => {
    expect(errorOf(corpusFile("chapters/podcastindex-example.json"), "chapters.json").message).toBe(
      'chapters.json:1  This JSON file is not a transcript shownotes knows. It reads Podcasting 2.0 ("segments" with "startTime" and "body"), Whisper or WhisperX ("segments" with "start", "end" and "text"), a bare list of segments ([{"start", "end", "text"}]), Deepgram ("results.channels"), AssemblyAI ("utterances", "paragraphs" or "words") or AWS Transcribe ("results.items").',
    );
  });

  it("broken JSON: where it breaks", () => {
    expect(errorOf('{\n  "segments": [\n', "cut.json").message).toBe(
      "cut.json:3:1  This JSON file is broken here and cannot be read (Unexpected end of JSON input).",
    );
  });

  it("a Podcasting 2.0 segment without body", () => {
    expect(errorOf('{"version": "1.0.0", "segments": [\n  {"startTime": 1, "body": "Hi"},\n  {"startTime": 2}\n]}', "p20.json").message).toBe(
      'p20.json:3  Segment 2 has no "body" text.',
    );
  });

  it("a Whisper segment without times", () => {
    expect(errorOf('{"segments": [\n {"start": 0, "end": 1, "text": "a"},\n {"start": 1, "text": "b"}\n]}', "w.json").message).toBe(
      'w.json:3  Segment 2 needs "start" and "end" (seconds) and "text".',
    );
  });

  it("SRT cue times that cannot be read: the column of the bad time", () => {
    expect(errorOf("1\n00:00:01,000 --> 00:00:0x,000\nHello\n", "episode.srt").message).toBe(
      'episode.srt:2:18  The cue times "00:00:01,000 --> 00:00:0x,000" cannot be read. SRT cue times look like "00:01:02,500 --> 00:01:04,000".',
    );
  });

  it("WebVTT cue times that cannot be read", () => {
    expect(errorOf("WEBVTT\n\n1\n00:00:01.000 --> 00:0x:02.000\nHello\n", "episode.vtt").message).toBe(
      'episode.vtt:4:18  The cue times "00:00:01.000 --> 00:0x:02.000" cannot be read. Cue times look like "00:01:02.500 --> 00:01:04.000".',
    );
  });

  it("a .vtt file without the WEBVTT signature", () => {
    expect(errorOf("WEBVTX\n\n00:01.000 --> 00:02.000\nHi\n", "episode.vtt").message).toBe(
      'episode.vtt:1:1  The file does not start with "WEBVTT". A WebVTT file starts with the line "WEBVTT".',
    );
  });

  it("a .srt file with no cue times at all", () => {
    expect(errorOf("just some words\n", "notes.srt").message).toBe(
      'notes.srt:1  No cue times found. An SRT cue has a line like "00:01:02,500 --> 00:01:04,000".',
    );
  });
});

describe("repairable damage is kept and reported, not thrown", () => {
  // Issue 18 ("no words are dropped"): these words used to be skipped with only a warning.
  it("a WebVTT block without times keeps its words, with a warning naming its line", () => {
    const t = parseTranscript("WEBVTT\n\nstray words here\n\n00:01.000 --> 00:02.000\nHi\n", { fileName: "x.vtt" });
    expect(t.segments).toEqual([{ start: 1, end: 2, text: "stray words here Hi" }]);
    expect(t.warnings).toEqual([
      { line: 3, message: 'Text without a cue time was kept with the first cue (a WebVTT cue needs a line like "00:01:02.500 --> 00:01:04.000"): "stray words here"' },
    ]);
  });
});
