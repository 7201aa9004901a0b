import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

const parse = (file: string) => parseTranscript(corpusFile(`vtt/${file}`), { fileName: file });

describe("WebVTT from the corpus", () => {
  it("podcastindex-example.vtt: <v> without </v>, &amp; decoded, CRLF", () => {
    const t = parse("podcastindex-example.vtt");
    expect(t.segments[2]).toEqual({ start: 6.09, end: 11.61, speaker: "Sarah", text: "include in one? Welcome to Podcasting Q&A, where you learn" });
    expect(t.segments[5]).toEqual({ start: 19.08, end: 21.45, speaker: "Gillian", text: "Hi Buzzsprout, Gillian here from breaking through" });
    expect(t.speakers).toEqual(["Sarah", "Gillian"]);
    expect(t.warnings).toEqual([]);
  });

  it("talkpython-530-anywidget.vtt: hour timestamps, one voice per cue", () => {
    const t = parse("talkpython-530-anywidget.vtt");
    expect(t.segments).toHaveLength(1313);
    expect(t.segments.find((s) => s.speaker === "Trevor Manz")).toEqual({ start: 149.04, end: 150, speaker: "Trevor Manz", text: "Yeah, thanks for having me, Michael." });
    expect(t.segments.at(-1)).toEqual({ start: 4262.44, end: 4265.24, speaker: "Michael Kennedy", text: "I'm out." });
  });

  it("podnews-weekly-review-2024-01-19.vtt: bare-seconds times read with one warning", () => {
    const t = parse("podnews-weekly-review-2024-01-19.vtt");
    expect(t.segments[0]).toEqual({ start: 0, end: 3.48, speaker: "SPEAKER_1", text: "It's Friday, the 19th of January, 2024." });
    expect(t.segments[3]).toEqual({ start: 14.26, end: 16.14, speaker: "SPEAKER_1", text: "I'm James Cridland, the editor of Podnews." });
    expect(t.segments.find((s) => s.start === 59.24)).toEqual({ start: 59.24, end: 63.1, speaker: "SPEAKER_3", text: "From your daily newsletter, the Podnews Weekly Review." });
    expect(t.warnings).toHaveLength(1);
    expect(t.warnings[0]?.line).toBe(3);
    expect(t.warnings[0]?.message).toBe('144 cues have times WebVTT does not allow, such as bare seconds ("14.260" for "00:00:14.260"); they were read anyway.');
  });

  it("postgresfm-managed-services-vs-diy.vtt: NOTE block, 'Name:' speakers carried to the next cues", () => {
    const t = parse("postgresfm-managed-services-vs-diy.vtt");
    expect(t.segments[0]).toEqual({ start: 0.038, end: 3.938, speaker: "Michael", text: "Hello, and welcome to Postgres FM, a new weekly show" });
    expect(t.segments[1]).toEqual({ start: 3.938, end: 5.368, speaker: "Michael", text: "about all things PostgreSQL." });
    expect(t.segments.find((s) => s.speaker === "Nikolay")).toEqual({ start: 13.388, end: 14.768, speaker: "Nikolay", text: "Hello, doing great." });
    expect(t.segments.at(-1)).toEqual({ start: 1971.997, end: 1972.267, speaker: "Nikolay", text: "Bye." });
    expect(t.warnings).toEqual([{ line: 7, message: 'Speakers were read from "Name:" at the start of cue text; WebVTT marks speakers with <v Name>.' }]);
  });

  it("data-engineering-podcast-zenlytic.vtt.txt: WebVTT under a .txt name, numeric ids, leading spaces", () => {
    const t = parse("data-engineering-podcast-zenlytic.vtt.txt");
    expect(t.format).toBe("vtt");
    expect(t.segments[0]).toEqual({ start: 0, end: 15.359, text: "Hello, and welcome to the Data Engineering Podcast, the show about modern data management." });
    expect(t.segments.at(-1)).toEqual({ start: 3249.44, end: 3251.44, text: "Podcasts and tell your friends and coworkers." });
  });

  it("podcast-search-test-transcript.vtt: classes, settings, multi-line cue, no hours", () => {
    const t = parse("podcast-search-test-transcript.vtt");
    expect(t.segments).toEqual([
      { start: 0, end: 1, text: "Text line 1" },
      { start: 2, end: 3, speaker: "Speaker1", text: "Text line 2" },
      { start: 3, end: 4, speaker: "Speaker2", text: "Text line 3" },
      { start: 65, end: 66, speaker: "Speaker3", text: "Text line 4" },
      { start: 67, end: 68, text: "Text line 5" },
      { start: 3729.001, end: 3730.001, text: "Multi Line 1 Multi Line 2" },
    ]);
  });

  it("whisper-ctranslate2-dosparlants.vtt: [SPEAKER_00]: prefixes, mm:ss.ttt", () => {
    const t = parse("whisper-ctranslate2-dosparlants.vtt");
    expect(t.segments[1]).toEqual({ start: 2, end: 4, speaker: "SPEAKER_00", text: "Hola, bon dia, em dic Carme." });
    expect(t.segments).toHaveLength(14);
  });
});

describe("WebVTT cue text", () => {
  it("splits a cue with two voices into two segments with the cue's times", () => {
    const t = parseTranscript("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.</v> <v.loud Bob>Hello &lt;there&gt;</v>\n", { fileName: "x.vtt" });
    expect(t.segments).toEqual([
      { start: 1, end: 2, speaker: "Ann", text: "Hi." },
      { start: 1, end: 2, speaker: "Bob", text: "Hello <there>" },
    ]);
  });

  it("keeps ruby base text, drops the reading, ignores karaoke timestamps", () => {
    const t = parseTranscript("WEBVTT\n\n00:01.000 --> 00:02.000\n<ruby>漢<rt>かん</rt></ruby>字 one<00:01.500>two\n", { fileName: "x.vtt" });
    expect(t.segments[0]?.text).toBe("漢字 onetwo");
  });
});
