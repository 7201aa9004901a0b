/**
 * YouTube automatic captions and the conventions of subtitle files
 * (hand-made files under tests/fixtures/transcripts/youtube and
 * /subtitles; expected results written from the shapes).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript, type Transcript } from "../../../src/lib/transcript/index.ts";
import { words } from "./spoken-words.ts";

const dir = path.resolve(import.meta.dirname, "../../fixtures/transcripts");
const read = (name: string) => parseTranscript(readFileSync(path.join(dir, name)), { fileName: path.basename(name) });
const lines = (t: Transcript) => t.segments.map(({ start, end, speaker, text, nonSpeech }) => ({ start, end, speaker, text, nonSpeech }));

describe("YouTube automatic captions (rolling WebVTT with <c> word times)", () => {
  const t = read("youtube/auto-captions.en.vtt");

  it("each spoken word appears once, in order", () => {
    expect(words(t.segments.map((s) => s.text).join(" "))).toEqual(
      "welcome back to the show today we talk moats thanks for having me Music".split(" "),
    );
  });

  it("'>>' starts a new segment and is left out; each segment ends where the next starts", () => {
    expect(lines(t)).toEqual([
      { start: 0, end: 2.36, speaker: undefined, text: "welcome back to the show", nonSpeech: undefined },
      { start: 2.36, end: 5.2, speaker: undefined, text: "today we talk moats", nonSpeech: undefined },
      { start: 5.2, end: 7.01, speaker: undefined, text: "thanks for having me", nonSpeech: undefined },
      { start: 7.01, end: 9, speaker: undefined, text: "[Music]", nonSpeech: true },
    ]);
  });

  it("word times from the <c> tags are kept", () => {
    expect(t.segments[0]!.words).toEqual([
      { text: "welcome", start: 0, end: 0.48 },
      { text: "back", start: 0.48, end: 0.96 },
      { text: "to", start: 0.96, end: 1.2 },
      { text: "the", start: 1.2, end: 1.44 },
      { text: "show", start: 1.44, end: 2.35 },
    ]);
    expect(t.segments[2]!.words!.map((w) => [w.text, w.start])).toEqual([["thanks", 5.2], ["for", 5.6], ["having", 5.8], ["me", 6.1]]);
  });

  it("the check output says the shape was recognised and collapsed", () => {
    expect(t.warnings.map((w) => w.message)).toContain(
      "These are YouTube-style rolling captions (each line shown twice as it scrolls, with a time for every word): the repeats were collapsed so each word appears once, and the word times were kept.",
    );
  });
});

describe("subtitle conventions", () => {
  it("SRT: dialogue dashes become two lines, [Name] the speaker, sounds kept but marked non-speech", () => {
    const t = read("subtitles/conventions.srt");
    expect(lines(t)).toEqual([
      { start: 1, end: 3, speaker: undefined, text: "Are you coming?", nonSpeech: undefined },
      { start: 1, end: 3, speaker: undefined, text: "Yes, right away.", nonSpeech: undefined },
      { start: 3.5, end: 5, speaker: undefined, text: "[music]", nonSpeech: true },
      { start: 5, end: 7, speaker: "Ann", text: "Welcome back to the show.", nonSpeech: undefined },
      { start: 7, end: 9, speaker: undefined, text: "(laughs)", nonSpeech: true },
      { start: 7, end: 9, speaker: undefined, text: "That was close.", nonSpeech: undefined },
    ]);
    expect(t.warnings.map((w) => w.message)).toEqual([
      'A label in brackets at the start of a cue ("[Ann]", "（小明）") was read as the speaker.',
      '2 sound descriptions ("[music]", "[笑]") were kept and marked as not speech, so search and word counts can leave them out.',
    ]);
  });

  it("Chinese subtitles: （名字） labels and [笑] / （掌声） sounds", () => {
    expect(lines(read("subtitles/conventions.zh.srt"))).toEqual([
      { start: 1, end: 3, speaker: "小明", text: "大家好，欢迎收听。", nonSpeech: undefined },
      { start: 3, end: 4, speaker: undefined, text: "[笑]", nonSpeech: true },
      { start: 4, end: 6, speaker: undefined, text: "（掌声）", nonSpeech: true },
      { start: 4, end: 6, speaker: undefined, text: "谢谢大家。", nonSpeech: undefined },
    ]);
  });

  it("WebVTT: dialogue dashes and [Applause]", () => {
    expect(lines(read("subtitles/dialogue.vtt"))).toEqual([
      { start: 1, end: 3, speaker: undefined, text: "Are you coming?", nonSpeech: undefined },
      { start: 1, end: 3, speaker: undefined, text: "Yes, right away.", nonSpeech: undefined },
      { start: 3, end: 5, speaker: undefined, text: "[Applause]", nonSpeech: true },
    ]);
  });
});
