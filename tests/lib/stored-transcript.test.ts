import { describe, expect, it } from "vitest";
import { toStoredTranscript, transcriptModel, transcriptParagraphs } from "../../src/lib/stored-transcript.ts";
import { paragraphsToText, toParagraphs, toText, type Transcript } from "../../src/lib/transcript/index.ts";

function parsed(): Transcript {
  return {
    format: "vtt",
    speakers: ["Ann", "Bob"],
    timed: true,
    segments: [
      { start: 0, end: 2, speaker: "Ann", text: "Hello." },
      { start: 2, end: 4, speaker: "Ann", text: "Still me." },
      { start: 10, end: 12, speaker: "Bob", text: "Hi Ann.", approximate: false, section: "Later" },
    ],
    warnings: [{ line: 3, message: "reported by the content check" }],
  };
}

describe("stored transcripts", () => {
  it("read back as the parsers' model: same segments, no file name, no warnings", () => {
    const stored = toStoredTranscript(parsed(), "content/episodes/one/transcript.vtt");
    expect(stored.file).toBe("content/episodes/one/transcript.vtt");
    expect(transcriptModel(stored)).toEqual({ ...parsed(), warnings: [] });
    expect("language" in transcriptModel(stored)).toBe(false);
    expect(transcriptModel(toStoredTranscript({ ...parsed(), language: "zh" }, "t.vtt")).language).toBe("zh");
  });

  it("store the segments column by column, leaving out columns no segment uses and extra fields", () => {
    const withExtra = parsed();
    withExtra.segments[0] = { ...withExtra.segments[0]!, ...{ voice: "v" } };
    expect(toStoredTranscript(withExtra, "t.vtt").segments).toEqual({
      text: ["Hello.", "Still me.", "Hi Ann."],
      start: [0, 2, 10],
      end: [2, 4, 12],
      speaker: ["Ann", "Ann", "Bob"],
      approximate: [null, null, false],
      section: [null, null, "Later"],
    });
    const untimed = toStoredTranscript({ format: "text-plain", speakers: [], timed: false, segments: [{ text: "一" }, { text: "二" }], warnings: [] }, "t.txt");
    expect(untimed.segments).toEqual({ text: ["一", "二"] });
    expect(transcriptModel(untimed).segments).toEqual([{ text: "一" }, { text: "二" }]);
  });

  it("group into the same paragraphs as toParagraphs, computed once per stored object", () => {
    const stored = toStoredTranscript(parsed(), "t.vtt");
    const paragraphs = transcriptParagraphs(stored);
    expect(paragraphs).toEqual(toParagraphs(parsed()));
    expect(paragraphs.map((p) => p.id)).toEqual(["t0", "t10"]);
    expect(transcriptParagraphs(stored)).toBe(paragraphs);
    // Another episode's stored transcript gets its own paragraphs.
    expect(transcriptParagraphs(toStoredTranscript(parsed(), "t.vtt"))).not.toBe(paragraphs);
  });

  it("write the same plain text from grouped paragraphs as toText", () => {
    const stored = toStoredTranscript(parsed(), "t.vtt");
    expect(paragraphsToText(transcriptParagraphs(stored))).toBe(toText(parsed()));
    expect(paragraphsToText(transcriptParagraphs(stored))).toBe("Ann: Hello. Still me.\n\nBob: Hi Ann.\n");
  });
});
