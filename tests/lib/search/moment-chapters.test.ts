import { describe, expect, it } from "vitest";
import { chapterAt, formatChapterStarts, parseChapterStarts } from "../../../src/lib/search/moment-chapters.ts";
import { pagefindPair } from "../../../src/lib/search/page-fields.ts";

describe("the chapters metadata field", () => {
  it("lists the timed chapters only, in whole seconds, as JSON pairs", () => {
    expect(formatChapterStarts([{ start: 0, title: "开场" }, { title: "没有时间" }, { start: 64.8, title: 'Good "audio", cheap' }])).toBe('[[0,"开场"],[64,"Good \\"audio\\", cheap"]]');
    expect(formatChapterStarts([{ title: "Untimed" }])).toBeUndefined();
    expect(formatChapterStarts([])).toBeUndefined();
  });

  it("reads back what Pagefind stores: the value with its commas still escaped", () => {
    // Pagefind keeps the `\,` of `data-pagefind-meta` in the stored value (checked against its Node API).
    const stored = pagefindPair("chapters", '[[64,"Good \\"audio\\", cheap"],[0,"开场"],[90,"a\\\\, b"]]').slice("chapters:".length);
    expect(parseChapterStarts(stored)).toEqual([
      { start: 0, title: "开场" },
      { start: 64, title: 'Good "audio", cheap' },
      { start: 90, title: "a\\, b" },
    ]);
  });

  it("reads a missing or damaged field as no chapters", () => {
    expect(parseChapterStarts(undefined)).toEqual([]);
    expect(parseChapterStarts("[[0,")).toEqual([]);
    expect(parseChapterStarts('{"a":1}')).toEqual([]);
    expect(parseChapterStarts('[[0,"Intro"],["x","Bad"],[5]]')).toEqual([{ start: 0, title: "Intro" }]);
  });
});

describe("chapterAt", () => {
  const chapters = [
    { start: 0, title: "Rookie mistakes" },
    { start: 64, title: "Good audio" },
    { start: 381, title: "Templates" },
  ];

  it("is the last chapter starting at or before the moment", () => {
    expect(chapterAt(376, chapters)?.title).toBe("Good audio");
    expect(chapterAt(381, chapters)?.title).toBe("Templates");
    expect(chapterAt(381.9, chapters)?.title).toBe("Templates");
    expect(chapterAt(0, chapters)?.title).toBe("Rookie mistakes");
    expect(chapterAt(9999, chapters)?.title).toBe("Templates");
  });

  it("is none before the first chapter or without timed chapters", () => {
    expect(chapterAt(10, [{ start: 30, title: "Late start" }])).toBeUndefined();
    expect(chapterAt(10, [])).toBeUndefined();
  });
});
