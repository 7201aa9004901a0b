import { describe, expect, it } from "vitest";
import { toParagraphs, type Segment, type Transcript } from "../../../src/lib/transcript/index.ts";

const transcript = (segments: Segment[]): Transcript => ({
  format: "srt",
  speakers: [...new Set(segments.flatMap((s) => (s.speaker ? [s.speaker] : [])))],
  segments,
  timed: segments.every((s) => s.start !== undefined),
  warnings: [],
});

describe("toParagraphs", () => {
  it("keeps described sounds in the text and marks where they are", () => {
    const paragraphs = toParagraphs(
      transcript([
        { start: 0, end: 2, text: "[Music]", nonSpeech: true },
        { start: 2, end: 4, text: "welcome back" },
        { start: 4, end: 5, text: "(laughs)", nonSpeech: true },
        { start: 5, end: 6, text: "so" },
      ]),
    );
    // "[Music] welcome back (laughs) so": [Music] is 0-7, (laughs) starts after "[Music] welcome back " (21) and ends at 29.
    expect(paragraphs).toEqual([
      { id: "t0", start: 0, end: 6, approximate: false, text: "[Music] welcome back (laughs) so", nonSpeech: [[0, 7], [21, 29]] },
    ]);
  });

  it("merges one speaker's consecutive segments and splits on a speaker change", () => {
    const paragraphs = toParagraphs(
      transcript([
        { start: 0, end: 2, speaker: "Ann", text: "Hello and" },
        { start: 2, end: 4, speaker: "Ann", text: "welcome." },
        { start: 4.5, end: 6, speaker: "Bob", text: "Thanks." },
      ]),
    );
    expect(paragraphs).toEqual([
      { id: "t0", start: 0, end: 4, approximate: false, speaker: "Ann", text: "Hello and welcome." },
      { id: "t4", start: 4.5, end: 6, approximate: false, speaker: "Bob", text: "Thanks." },
    ]);
  });

  it("splits on a long pause and gives colliding ids -2, -3", () => {
    const paragraphs = toParagraphs(
      transcript([
        { start: 10.2, end: 10.4, text: "One." },
        { start: 10.5, end: 10.6, speaker: "B", text: "Two." },
        { start: 10.7, end: 10.9, text: "Three." },
        { start: 20, end: 21, text: "Four." },
      ]),
    );
    expect(paragraphs.map((p) => p.id)).toEqual(["t10", "t10-2", "t10-3", "t20"]);
  });

  it("closes a paragraph at about 120 Latin words, at a segment boundary", () => {
    const sentence = "one two three four five six seven eight nine ten.";
    const segments = Array.from({ length: 30 }, (_, i) => ({ start: i * 3, end: i * 3 + 3, speaker: "Ann", text: sentence }));
    const paragraphs = toParagraphs(transcript(segments));
    expect(paragraphs.map((p) => p.text.split(" ").length)).toEqual([120, 120, 60]);
  });

  it("joins CJK to CJK with no space and Latin to Latin with one", () => {
    const paragraphs = toParagraphs(transcript([{ text: "我们" }, { text: "今天聊" }, { text: "stable" }, { text: "diffusion" }]));
    expect(paragraphs[0]?.text).toBe("我们今天聊 stable diffusion");
    expect(paragraphs[0]?.id).toBe("p1");
  });

  it("follows the source at CJK–Latin joins: touching when the source writes them touching", () => {
    const paragraphs = toParagraphs(transcript([{ text: "用AI生成" }, { text: "model的效果" }, { text: "还是Google" }]));
    expect(paragraphs[0]?.text).toBe("用AI生成model的效果还是Google");
  });

  it("never mixes estimated and exact times in one paragraph, and ids of estimated ones are p<n>", () => {
    const paragraphs = toParagraphs(
      transcript([
        { start: 0, end: 1, text: "a", approximate: true },
        { start: 1, end: 2, text: "b", approximate: true },
      ]),
    );
    expect(paragraphs).toEqual([{ id: "p1", start: 0, end: 2, approximate: true, text: "a b" }]);
  });
});
