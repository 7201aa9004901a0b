import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

const parse = (file: string) => parseTranscript(corpusFile(file), { fileName: file.split("/")[1]! });

describe("Whisper JSON from the corpus", () => {
  it("awsbites-100.json: speakerLabel resolved through the speakers map", () => {
    const t = parse("whisper-json/awsbites-100.json");
    expect(t.format).toBe("whisper-json");
    expect(t.segments[0]).toEqual({ start: 0, end: 4.08, speaker: "Luciano", text: "AWS is all about removing undifferentiated heavy lifting." });
    expect(t.segments).toHaveLength(563);
    expect(t.speakers).toEqual(["Luciano", "Eoin"]);
  });

  it("whisper-ctranslate2-dosparlants.json: per-segment speaker, language, \\u escapes", () => {
    const t = parse("whisper-json/whisper-ctranslate2-dosparlants.json");
    expect(t.language).toBe("ca");
    expect(t.segments[0]).toEqual({ start: 0, end: 2, speaker: "SPEAKER_01", text: "Hola, bon dia, com et dius?" });
    expect(t.segments[13]).toEqual({ start: 32, end: 34, speaker: "SPEAKER_01", text: "D'acord, moltes gràcies." });
  });

  it("whisper-timestamped fr: verbose JSON with words, language fr", () => {
    const t = parse("whisper-json/whisper-timestamped-fr-smartphone.words.json");
    expect(t.language).toBe("fr");
    const { words, ...segment } = t.segments[0]!;
    expect(segment).toEqual({ start: 0.4, end: 3.66, text: "C'est évident ce que dit Nicolas, mais je ne me l'étais jamais formulé comme ça." });
    // The file's per-word times are kept: 15 words, from "C'est" (0.4–0.64) to "ça." (3.44–3.66).
    expect(words).toHaveLength(15);
    expect([words![0], words![14]]).toEqual([{ text: "C'est", start: 0.4, end: 0.64 }, { text: "ça.", start: 3.44, end: 3.66 }]);
  });

  it("whisper-timestamped ja: the recogniser's spaces inside Japanese are kept as written", () => {
    const t = parse("whisper-json/whisper-timestamped-ja-tiny.words.json");
    expect(t.language).toBe("ja");
    const { words, ...segment } = t.segments[0]!;
    expect(segment).toEqual({ start: 0.08, end: 6.62, text: "いきます 入室タブでの最図免証記が実際と違う県に関するご質問いただいております" });
    expect([words!.length, words![0]]).toEqual([29, { text: "いきます", start: 0.08, end: 0.6 }]);
  });
});
