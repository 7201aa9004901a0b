import { describe, expect, it } from "vitest";
import { timedChapters } from "../../../src/lib/chapters/timed-chapters.ts";
import { toJsonChapters } from "../../../src/lib/chapters/json-chapters.ts";
import { chapterDescriptionLines } from "../../../src/lib/chapters/description-lines.ts";

describe("timedChapters", () => {
  it("sorts chapters that all have exact times", () => {
    expect(timedChapters([{ start: 60, title: " Two " }, { start: 0, title: "One" }])).toEqual([
      { start: 0, title: "One" },
      { start: 60, title: "Two" },
    ]);
  });
  it("refuses a list with a missing or estimated time", () => {
    expect(timedChapters([{ start: 0, title: "One" }, { title: "Two" }])).toBeUndefined();
    expect(timedChapters([{ start: 0, title: "One" }, { start: 9, title: "Two", approximate: true }])).toBeUndefined();
    expect(timedChapters([])).toBeUndefined();
  });
});

describe("toJsonChapters", () => {
  it("writes JSON chapters 1.2.0 with each chapter ending where the next starts", () => {
    const chapters = [
      { start: 0, title: "Intro" },
      { start: 75.5, title: "Main" },
    ];
    expect(toJsonChapters(chapters, { title: "Ep", podcastName: "Show", duration: 600, chapterUrl: (c) => `https://x.org/e/?t=${c.start}` })).toEqual({
      version: "1.2.0",
      title: "Ep",
      podcastName: "Show",
      chapters: [
        { startTime: 0, endTime: 75.5, title: "Intro", url: "https://x.org/e/?t=0" },
        { startTime: 75.5, endTime: 600, title: "Main", url: "https://x.org/e/?t=75.5" },
      ],
    });
  });
  it("leaves out the last end time when the duration is unknown", () => {
    expect(toJsonChapters([{ start: 0, title: "Only" }]).chapters).toEqual([{ startTime: 0, title: "Only" }]);
  });
});

describe("chapterDescriptionLines", () => {
  it("writes Apple/Spotify chapter lines starting at 00:00", () => {
    expect(chapterDescriptionLines([{ start: 0, title: "Intro" }, { start: 95, title: "Moats" }, { start: 754, title: "Talent" }])).toEqual([
      "00:00 Intro",
      "01:35 Moats",
      "12:34 Talent",
    ]);
  });
  it("writes hours on every line once the episode passes an hour", () => {
    expect(chapterDescriptionLines([{ start: 0, title: "A" }, { start: 600, title: "B" }, { start: 3723, title: "C" }])).toEqual([
      "0:00:00 A",
      "0:10:00 B",
      "1:02:03 C",
    ]);
  });
  it("writes nothing for fewer than three chapters or a list not starting at 00:00", () => {
    expect(chapterDescriptionLines([{ start: 0, title: "A" }, { start: 60, title: "B" }])).toEqual([]);
    expect(chapterDescriptionLines([{ start: 5, title: "A" }, { start: 60, title: "B" }, { start: 90, title: "C" }])).toEqual([]);
  });
});
