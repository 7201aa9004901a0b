import { describe, expect, it } from "vitest";
import {
  parseTranscript,
  toPodcastingHtml,
  toPodcastingJson,
  toSrt,
  toText,
  toWebVtt,
  type Segment,
  type Transcript,
} from "../../../src/lib/transcript/index.ts";
import { corpusFile, corpusFiles } from "./corpus.ts";

const sample: Transcript = {
  format: "srt",
  speakers: ["Ann", "Bob"],
  segments: [
    { start: 0, end: 1.5, speaker: "Ann", text: "Q&A <live> -> here" },
    { start: 1.5, end: 3.25, speaker: "Bob", text: "Thanks." },
    { start: 3661.001, end: 3662, text: "No speaker." },
  ],
  timed: true,
  warnings: [],
};

describe("exports, written out", () => {
  it("WebVTT: voices and escaped text", () => {
    expect(toWebVtt(sample)).toBe(
      "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n<v Ann>Q&amp;A &lt;live&gt; -&gt; here\n\n00:00:01.500 --> 00:00:03.250\n<v Bob>Thanks.\n\n01:01:01.001 --> 01:01:02.000\nNo speaker.\n",
    );
  });

  it("SRT: numbered cues, comma milliseconds, Name: prefixes", () => {
    expect(toSrt(sample)).toBe(
      "1\n00:00:00,000 --> 00:00:01,500\nAnn: Q&A <live> -> here\n\n2\n00:00:01,500 --> 00:00:03,250\nBob: Thanks.\n\n3\n01:01:01,001 --> 01:01:02,000\nNo speaker.\n",
    );
  });

  it("Podcasting 2.0 JSON", () => {
    expect(JSON.parse(toPodcastingJson(sample))).toEqual({
      version: "1.0.0",
      segments: [
        { speaker: "Ann", startTime: 0, endTime: 1.5, body: "Q&A <live> -> here" },
        { speaker: "Bob", startTime: 1.5, endTime: 3.25, body: "Thanks." },
        { startTime: 3661.001, endTime: 3662, body: "No speaker." },
      ],
    });
  });

  it("Podcasting 2.0 HTML: cite, time (exact time kept in datetime), p, escaped by the serializer", () => {
    expect(toPodcastingHtml(sample)).toBe(
      '<cite>Ann:</cite>\n<time datetime="PT0S">0:00</time>\n<p>Q&#x26;A &#x3C;live> -> here</p>\n' +
        '<cite>Bob:</cite>\n<time datetime="PT1.5S">0:01</time>\n<p>Thanks.</p>\n' +
        '<time datetime="PT3661.001S">1:01:01</time>\n<p>No speaker.</p>\n',
    );
  });

  it("text: paragraphs with speakers, no times", () => {
    expect(toText(sample)).toBe("Ann: Q&A <live> -> here\n\nBob: Thanks.\n\nNo speaker.\n");
  });
});

describe("exports refuse to present missing or estimated times as exact", () => {
  const untimed = parseTranscript("这是一个 测试", { fileName: "a.txt" });
  const estimated = parseTranscript("这是一个 测试", { fileName: "a.txt", duration: 60 });

  it.each([
    ["WebVTT", toWebVtt],
    ["SRT", toSrt],
    ["Podcasting 2.0 JSON", toPodcastingJson],
  ] as const)("%s", (name, write) => {
    expect(() => write(untimed)).toThrow(
      `${name} needs a time for every line, but this transcript has no times (or only a few). Use plain text (txt) or HTML instead.`,
    );
    expect(() => write(estimated)).toThrow(
      `${name} needs exact times, but this transcript's times are estimates (spread over the episode length), so it is not written as ${name}. Use plain text (txt) or HTML instead.`,
    );
  });

  it("HTML leaves estimated times out; text has none", () => {
    expect(toPodcastingHtml(estimated)).toBe("<p>这是一个</p>\n<p>测试</p>\n");
    // The recogniser's break between its two segments is written back as the space it wrote, so the export stays readable.
    expect(toText(estimated)).toBe("这是一个 测试\n");
  });
});

/** The end a timed export writes when the source had none: the next segment's start. */
function withEnds(segments: Segment[]): Segment[] {
  return segments.map((s, i) => ({ ...s, end: s.end ?? segments[i + 1]?.start ?? s.start! }));
}
const core = (segments: Segment[]) => segments.map(({ start, end, speaker, text }) => ({ start, end, speaker, text }));

const timedCorpus = ["srt", "vtt", "p20-json", "whisper-json", "text"]
  .flatMap(corpusFiles)
  .map((file) => [file, parseTranscript(corpusFile(file), { fileName: file.split("/")[1]! })] as const)
  .filter(([, t]) => t.timed);

describe("round trips over every timed corpus file: parsing an export gives back the same segments", () => {
  it("covers the timed files", () => {
    expect(timedCorpus.length).toBe(26);
  });

  it.each(timedCorpus)("%s via WebVTT", (_file, t) => {
    expect(core(parseTranscript(toWebVtt(t), { fileName: "out.vtt" }).segments)).toEqual(core(withEnds(t.segments)));
  });

  it.each(timedCorpus)("%s via SRT", (_file, t) => {
    expect(core(parseTranscript(toSrt(t), { fileName: "out.srt" }).segments)).toEqual(core(withEnds(t.segments)));
  });

  it.each(timedCorpus)("%s via Podcasting 2.0 HTML (start, speaker, text)", (_file, t) => {
    const back = parseTranscript(toPodcastingHtml(t), { fileName: "out.html" }).segments;
    expect(back).toEqual(t.segments.map(({ start, speaker, text }) => ({ start, ...(speaker ? { speaker } : {}), text })));
  });

  it.each(timedCorpus)("%s via Podcasting 2.0 JSON", (_file, t) => {
    const back = parseTranscript(toPodcastingJson(t), { fileName: "out.json" });
    const words = (segments: Segment[]) => segments.map((s) => s.text).join(" ").split(/\s+/);
    if (isWordLevel(t)) {
      // Word-level sources come back merged into sentences, as any word-level JSON does:
      // same words, same speakers, first start and last end kept.
      expect(words(back.segments)).toEqual(words(t.segments));
      expect(back.segments[0]?.start).toBe(t.segments[0]?.start);
      expect(back.segments.at(-1)?.end).toBe(t.segments.at(-1)?.end);
    } else {
      expect(core(back.segments)).toEqual(core(t.segments));
    }
  });
});

function isWordLevel(t: Transcript): boolean {
  const counts = t.segments.map((s) => s.text.split(/\s+/).length).sort((a, b) => a - b);
  return counts[Math.floor(counts.length / 2)]! <= 3;
}
