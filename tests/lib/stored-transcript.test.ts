import { describe, expect, it } from "vitest";
import { transcriptModel, transcriptParagraphs } from "../../src/lib/stored-transcript.ts";
import { paragraphsToText, toParagraphs, toText } from "../../src/lib/transcript/index.ts";
import type { StoredTranscript } from "../../src/schemas/transcript.ts";

function stored(): StoredTranscript {
  return {
    file: "content/episodes/one/transcript.vtt",
    format: "vtt",
    language: undefined,
    speakers: ["Ann", "Bob"],
    timed: true,
    segments: [
      { start: 0, end: 2, speaker: "Ann", text: "Hello." },
      { start: 2, end: 4, speaker: "Ann", text: "Still me." },
      { start: 10, end: 12, speaker: "Bob", text: "Hi Ann." },
    ],
  };
}

describe("stored transcripts", () => {
  it("give the parsers' model: no file name, no undefined language, no warnings", () => {
    const model = transcriptModel(stored());
    expect(model).toEqual({ format: "vtt", speakers: ["Ann", "Bob"], timed: true, segments: stored().segments, warnings: [] });
    expect("language" in model).toBe(false);
  });

  it("group into the same paragraphs as toParagraphs, computed once per stored object", () => {
    const transcript = stored();
    const paragraphs = transcriptParagraphs(transcript);
    expect(paragraphs).toEqual(toParagraphs(transcriptModel(transcript)));
    expect(paragraphs.map((p) => p.id)).toEqual(["t0", "t10"]);
    expect(transcriptParagraphs(transcript)).toBe(paragraphs);
    // A different stored object (another episode) gets its own paragraphs.
    expect(transcriptParagraphs(stored())).not.toBe(paragraphs);
  });

  it("write the same plain text from grouped paragraphs as toText", () => {
    const transcript = stored();
    expect(paragraphsToText(transcriptParagraphs(transcript))).toBe(toText(transcriptModel(transcript)));
    expect(paragraphsToText(transcriptParagraphs(transcript))).toBe("Ann: Hello. Still me.\n\nBob: Hi Ann.\n");
  });
});
