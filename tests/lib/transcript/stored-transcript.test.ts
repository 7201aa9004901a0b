import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transcriptFilesFor } from "../../../src/lib/feed/transcript-files.ts";
import {
  fromSegmentColumns,
  keepOnlySegmentsFiles,
  segmentsFilePath,
  toSegmentColumns,
  transcriptModel,
  transcriptParagraphs,
} from "../../../src/lib/transcript/stored-transcript.ts";
import { paragraphsToText, toParagraphs, toText, type Transcript } from "../../../src/lib/transcript/index.ts";
import { storeTranscript } from "../../support/stored-transcript.ts";

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
  it("read back as the parsers' model: same segments, no file name, no warnings", async () => {
    const stored = await storeTranscript(parsed(), "content/episodes/one/transcript.vtt");
    expect(stored).toMatchObject({ file: "content/episodes/one/transcript.vtt", segmentCount: 3, realTimes: true, timed: true });
    expect(transcriptModel(stored)).toEqual({ ...parsed(), warnings: [] });
    expect("language" in transcriptModel(stored)).toBe(false);
    expect(transcriptModel(await storeTranscript({ ...parsed(), language: "zh" }, "t.vtt")).language).toBe("zh");
  });

  it("keep what the published files depend on, without reading the segments", async () => {
    expect(transcriptFilesFor(await storeTranscript(parsed(), "t.vtt")).map((file) => file.extension)).toEqual(["vtt", "srt", "json", "html", "txt"]);
    const estimated = await storeTranscript({ ...parsed(), segments: [{ start: 5, approximate: true, text: "≈" }] }, "t.txt");
    expect(transcriptFilesFor(estimated).map((file) => file.extension)).toEqual(["txt"]);
    expect(transcriptFilesFor(await storeTranscript({ ...parsed(), segments: [] }, "t.vtt"))).toEqual([]);
  });

  it("write segments column by column, leaving out columns no segment uses and extra fields", () => {
    const withExtra = parsed();
    withExtra.segments[0] = { ...withExtra.segments[0]!, ...{ voice: "v" } };
    expect(toSegmentColumns(withExtra.segments)).toEqual({
      text: ["Hello.", "Still me.", "Hi Ann."],
      start: [0, 2, 10],
      end: [2, 4, 12],
      speaker: ["Ann", "Ann", "Bob"],
      approximate: [null, null, false],
      section: [null, null, "Later"],
    });
    expect(toSegmentColumns([{ text: "一" }, { text: "二" }])).toEqual({ text: ["一", "二"] });
    expect(fromSegmentColumns({ text: ["一", "二"] })).toEqual([{ text: "一" }, { text: "二" }]);
    expect(fromSegmentColumns(toSegmentColumns(parsed().segments))).toEqual(parsed().segments);
  });

  it("remove segments files no episode points to", async () => {
    const folder = mkdtempSync(join(tmpdir(), "shownotes-segments-"));
    const kept = segmentsFilePath(folder, "one", "abc");
    const old = segmentsFilePath(folder, "one", "old");
    for (const file of [kept, old]) writeFileSync(file, "{}");
    await keepOnlySegmentsFiles(folder, new Set([kept]));
    expect(readdirSync(folder)).toEqual(["one.abc.json"]);
    expect(existsSync(old)).toBe(false);
  });

  it("group into the same paragraphs as toParagraphs, computed once per stored object", async () => {
    const stored = await storeTranscript(parsed(), "t.vtt");
    const paragraphs = transcriptParagraphs(stored);
    expect(paragraphs).toEqual(toParagraphs(parsed()));
    expect(paragraphs.map((p) => p.id)).toEqual(["t0", "t10"]);
    expect(transcriptParagraphs(stored)).toBe(paragraphs);
    // Another episode's stored transcript gets its own paragraphs.
    expect(transcriptParagraphs(await storeTranscript(parsed(), "t.vtt"))).not.toBe(paragraphs);
  });

  it("write the same plain text from grouped paragraphs as toText", async () => {
    const stored = await storeTranscript(parsed(), "t.vtt");
    expect(paragraphsToText(transcriptParagraphs(stored))).toBe(toText(parsed()));
    expect(paragraphsToText(transcriptParagraphs(stored))).toBe("Ann: Hello. Still me.\n\nBob: Hi Ann.\n");
  });
});
