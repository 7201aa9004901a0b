import { describe, expect, it } from "vitest";
import { decodeSource } from "../../../src/lib/transcript/decode.ts";
import { detectFormat } from "../../../src/lib/transcript/detect-format.ts";
import { corpusFile } from "./corpus.ts";

/** Expected kinds written from SOURCES.md; "json" is split into the two JSON formats by the JSON parsers. */
const expected: [string, string][] = [
  ["srt/podcastindex-example.srt", "srt"],
  ["srt/swift-server-episode-17.srt", "srt"],
  ["srt/hf-course-en-01-the-pipeline-function.srt", "srt"],
  ["vtt/data-engineering-podcast-zenlytic.vtt.txt", "vtt"],
  ["vtt/podnews-weekly-review-2024-01-19.vtt", "vtt"],
  ["p20-json/buzzcast.json", "json"],
  ["whisper-json/awsbites-100.json", "json"],
  ["text/podcastindex-example.html", "podcasting20-html"],
  ["text/changelog-the-changelog-500.md", "text-timed"],
  ["text/chaincode-podcast-assumeutxo.md", "text-timed"],
  ["text/talkpython-530-anywidget.txt", "text-timed"],
  ["text/whisper-timestamped-verbose-fr.stdout.txt", "text-timed"],
  ["text/potzblitz-watchtowers.zh.md", "text-plain"],
];

describe("detectFormat", () => {
  it.each(expected)("%s is %s", (file, kind) => {
    expect(detectFormat(decodeSource(corpusFile(file), file).text, file)).toBe(kind);
  });

  it("trusts content over the file name", () => {
    expect(detectFormat("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "captions.srt")).toBe("vtt");
    expect(detectFormat("1\n00:00:01,000 --> 00:00:02,000\nHi\n", "captions.vtt")).toBe("srt");
  });

  it("falls back to the extension when the content is not conclusive", () => {
    expect(detectFormat("hello", "x.srt")).toBe("srt");
    expect(detectFormat("hello", "x.txt")).toBe("text-plain");
  });
});
