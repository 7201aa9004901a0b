import { describe, expect, it } from "vitest";
import {
  chapterAt,
  nextChapterStart,
  positionKey,
  positionToKeep,
  previousChapterStart,
  readPosition,
  readSpeed,
  SPEEDS,
  spokenTime,
} from "../../../src/lib/page-data/player.ts";

describe("playback speed", () => {
  it("reads back every speed the player offers", () => {
    for (const speed of SPEEDS) expect(readSpeed(String(speed))).toBe(speed);
  });

  it("falls back to normal speed for nothing stored or a speed not offered", () => {
    for (const stored of [null, "", "fast", "3", "0", "-1", "1.1"]) expect(readSpeed(stored)).toBe(1);
  });
});

describe("the listening position", () => {
  it("keeps whole seconds part-way through", () => {
    expect(positionToKeep(754.8, 760 * 2)).toBe(754);
    expect(positionToKeep(30, Number.NaN)).toBe(30);
  });

  it("keeps nothing barely started or finished (the last 15 s count as finished)", () => {
    expect(positionToKeep(4.9, 760)).toBeUndefined();
    expect(positionToKeep(745, 760)).toBeUndefined();
    expect(positionToKeep(760, 760)).toBeUndefined();
    expect(positionToKeep(744, 760)).toBe(744);
    expect(positionToKeep(Number.NaN, 760)).toBeUndefined();
  });

  it("reads back what it kept and ignores anything else", () => {
    expect(readPosition("754")).toBe(754);
    for (const stored of [null, "", "3", "12:34", "-40", "1e3", "NaN"]) expect(readPosition(stored)).toBeUndefined();
  });

  it("is kept per episode page", () => {
    expect(positionKey("/episodes/a/")).not.toBe(positionKey("/episodes/b/"));
  });
});

describe("chapters", () => {
  const starts = [0, 64, 219, 275];

  it("finds the chapter playing: the last one started", () => {
    expect(chapterAt(0, starts)).toBe(0);
    expect(chapterAt(63.5, starts)).toBe(0);
    expect(chapterAt(64, starts)).toBe(1);
    expect(chapterAt(1000, starts)).toBe(3);
    expect(chapterAt(10, [30, 60])).toBe(-1);
  });

  it("counts a seek that lands a hair before a chapter (audio decoders round) as inside it", () => {
    expect(chapterAt(218.9, starts)).toBe(2);
  });

  it("goes back to the start of the chapter playing, or to the one before within its first 3 s", () => {
    expect(previousChapterStart(250, starts)).toBe(219);
    expect(previousChapterStart(220, starts)).toBe(64);
    expect(previousChapterStart(1, starts)).toBe(0);
    expect(previousChapterStart(10, [30, 60])).toBe(0);
  });

  it("goes forward to the next chapter, and nowhere from the last", () => {
    expect(nextChapterStart(0, starts)).toBe(64);
    expect(nextChapterStart(250, starts)).toBe(275);
    expect(nextChapterStart(300, starts)).toBeUndefined();
    expect(nextChapterStart(10, [30, 60])).toBe(30);
  });
});

describe("times said in words", () => {
  it("says minutes and seconds in English", () => {
    expect(spokenTime(754, "en")).toBe("12 minutes 34 seconds");
    expect(spokenTime(3723, "en")).toBe("1 hour 2 minutes 3 seconds");
    expect(spokenTime(60, "en")).toBe("1 minute");
    expect(spokenTime(0, "en")).toBe("0 seconds");
  });

  it("says them in Chinese without spaces", () => {
    expect(spokenTime(754, "zh-CN")).toBe("12分钟34秒钟");
    expect(spokenTime(3600, "zh-CN")).toBe("1小时");
  });

  it("says zero for a length not known yet", () => {
    expect(spokenTime(Number.NaN, "en")).toBe("0 seconds");
  });
});
