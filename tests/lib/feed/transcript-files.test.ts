import { describe, expect, it } from "vitest";
import { transcriptFiles } from "../../../src/lib/feed/transcript-files.ts";

const extensions = (files: ReturnType<typeof transcriptFiles>) => files.map((file) => file.extension);

describe("transcriptFiles", () => {
  it("publishes every format, VTT as captions and SRT as application/x-subrip, when every segment has a real time", () => {
    const files = transcriptFiles({ timed: true, segments: [{ start: 0 }, { start: 2.5 }] });
    expect(extensions(files)).toEqual(["vtt", "srt", "json", "html", "txt"]);
    expect(files[0]).toEqual({ extension: "vtt", type: "text/vtt", rel: "captions" });
    expect(files[1]).toEqual({ extension: "srt", type: "application/x-subrip" });
  });

  it("publishes only plain text for an untimed transcript", () => {
    expect(extensions(transcriptFiles({ timed: false, segments: [{}, {}] }))).toEqual(["txt"]);
  });

  it("publishes only plain text when any time is an estimate", () => {
    expect(extensions(transcriptFiles({ timed: true, segments: [{ start: 0 }, { start: 10, approximate: true }] }))).toEqual(["txt"]);
  });

  it("publishes nothing without a transcript or with an empty one", () => {
    expect(transcriptFiles(undefined)).toEqual([]);
    expect(transcriptFiles({ timed: true, segments: [] })).toEqual([]);
  });
});
