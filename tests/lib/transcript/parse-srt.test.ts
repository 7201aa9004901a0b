import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

const parse = (file: string) => parseTranscript(corpusFile(`srt/${file}`), { fileName: file });

describe("SRT from the corpus", () => {
  it("podcastindex-example.srt: Buzzsprout speaker prefix only where the speaker changes", () => {
    const t = parse("podcastindex-example.srt");
    expect(t.format).toBe("srt");
    expect(t.timed).toBe(true);
    expect(t.segments[0]).toEqual({ start: 0.179, end: 2.399, speaker: "Travis", text: "When you first get started in podcasting, it's" });
    // Cue 2 has no prefix: still Travis.
    expect(t.segments[1]).toEqual({ start: 2.4, end: 4.799, speaker: "Travis", text: "almost guaranteed that you're going to make a handful of rookie" });
    expect(t.segments[17]).toEqual({ start: 53.03, end: 57.77, speaker: "Sarah", text: "Creating good audio is really key to keeping your" });
    expect(t.speakers).toEqual(["Travis", "Sarah", "Gilon"]);
    expect(t.warnings.map((w) => w.message)).toContain('Speakers were read from "Name:" at the start of cue text.');
  });

  it("postgresfm-bloat.srt: CRLF, no newline at the end", () => {
    const t = parse("postgresfm-bloat.srt");
    expect(t.segments[0]).toEqual({ start: 0.06, end: 2.68, speaker: "Michael", text: "Hello, and welcome to PostgresFM, a weekly show about" });
    expect(t.segments[1]).toEqual({ start: 2.68, end: 3.9, speaker: "Michael", text: "all things PostgreSQL." });
    expect(t.segments.find((s) => s.speaker === "Chelsea")?.text).toBe("Thanks so much for having me, Michael.");
    expect(t.speakers).toEqual(["Michael", "Chelsea"]);
  });

  it("swift-server-episode-17.srt: no cue numbers, '.' milliseconds, runs of blank lines, each repaired with a warning", () => {
    const t = parse("swift-server-episode-17.srt");
    expect(t.segments[0]).toEqual({ start: 0, end: 5, text: "I think in terms of news, what would be great to kick off with is Swift Server." });
    expect(t.segments.at(-1)).toEqual({ start: 2881.36, end: 2882.36, text: "Yeah." });
    expect(t.segments.at(-2)).toEqual({ start: 2878.56, end: 2881.36, text: "I guess see you all in the new year." });
    expect(t.warnings).toEqual([
      { line: 1, message: 'Times use "." before the milliseconds; SRT uses ",". Read them anyway.' },
      { line: 1, message: `${t.segments.length} cues have no cue number above their times. Read them anyway.` },
      { line: 4, message: "Several blank lines in a row between cues; one is enough. Ignored the extra ones." },
    ]);
  });

  it("qgis-autocomplete-compact.srt: '-->' without spaces is read, the squashed text is kept as it is", () => {
    const t = parse("qgis-autocomplete-compact.srt");
    expect(t.segments[0]).toEqual({ start: 0, end: 2, text: "Hi,Brendan.Welcometothepodcast." });
    expect(t.segments[11]).toEqual({ start: 32, end: 35, text: "Sure. Thanks for having me on the podcast by the way." });
    expect(t.segments.at(-1)).toEqual({ start: 2364, end: 2365, text: "Thanks." });
    expect(t.segments).toHaveLength(583);
    expect(t.warnings[0]).toEqual({ line: 2, message: 'The "-->" between the two times has no spaces around it. Read it anyway.' });
  });

  it("hf-course-zh-CN: Chinese and English lines of one cue, dialogue dashes split into turns", () => {
    const t = parse("hf-course-zh-CN-01-the-pipeline-function.srt");
    expect(t.segments[0]).toEqual({ start: 0.069, end: 1.341, text: "（屏幕嗖嗖声） (screen whooshes)" });
    expect(t.segments[3]).toEqual({ start: 5.88, end: 7.08, text: "本节课内容是: pipeline 函数" });
    expect(t.segments[4]).toEqual({ start: 5.88, end: 7.08, text: "The pipeline function." });
  });

  it("hf-course-en: a UTF-8 BOM before the first cue number", () => {
    const t = parse("hf-course-en-01-the-pipeline-function.srt");
    // A sound description, kept and marked as not speech.
    expect(t.segments[0]).toEqual({ start: 0.069, end: 1.341, text: "(screen whooshes)", nonSpeech: true });
    expect(t.segments[88]).toEqual({ start: 246.54, end: 248.14, text: "with the summarization pipeline." });
    expect(t.segments[89]).toEqual({ start: 249.48, end: 252.57, text: "Finally, the last task supported by the pipeline API" });
  });

  it("whisper-ctranslate2-dosparlants.srt: [SPEAKER_01]: labels", () => {
    const t = parse("whisper-ctranslate2-dosparlants.srt");
    expect(t.segments[0]).toEqual({ start: 0, end: 2, speaker: "SPEAKER_01", text: "Hola, bon dia, com et dius?" });
    expect(t.segments[13]).toEqual({ start: 32, end: 34, speaker: "SPEAKER_01", text: "D'acord, moltes gràcies." });
    expect(t.segments[12]).toEqual({ start: 29, end: 32, speaker: "SPEAKER_00", text: "Però aviat és la fira i potser hi anem." });
  });
});

describe("SRT damage written for the test", () => {
  it("repairs HTML-ish tags, hours past 1 and a BOM, with warnings", () => {
    const t = parseTranscript("\uFEFF1\r\n12:00:01,5 --> 12:00:02,250\r\n<i>Hello</i> <font color=\"red\">there</font>\r\n", { fileName: "x.srt" });
    expect(t.segments).toEqual([{ start: 43201.5, end: 43202.25, text: "Hello there" }]);
    expect(t.warnings).toEqual([{ line: 3, message: "Formatting tags like <i> were removed from the text." }]);
  });

  it("keeps text after a stray blank line inside a cue, and says so", () => {
    const t = parseTranscript("1\n00:00:01,000 --> 00:00:02,000\nfirst\n\nsecond\n\n2\n00:00:03,000 --> 00:00:04,000\nthird\n", { fileName: "x.srt" });
    expect(t.segments.map((s) => s.text)).toEqual(["first second", "third"]);
    expect(t.warnings).toEqual([{ line: 5, message: "A blank line inside a cue's text; the text after it was kept with the cue." }]);
  });
});
