import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en.ts";
import { zhCN } from "../../../src/i18n/zh-CN.ts";
import { momentLabel, searchResultStrings } from "../../../src/lib/search/moment-label.ts";

const english = searchResultStrings(en);
const chinese = searchResultStrings(zhCN);

describe("momentLabel", () => {
  it("names a moment by time, speaker and chapter, and reads it out in words", () => {
    expect(momentLabel({ clock: "12:34", speaker: "李明", chapter: "开场" }, chinese)).toEqual({ text: "12:34 · 李明 · 开场", spoken: "12:34，李明，章节：开场", name: "12:34，李明，开场" });
    expect(momentLabel({ clock: "3:10", approximate: true, speaker: "Alice", chapter: "Intro" }, english)).toEqual({
      text: "≈ 3:10 · Alice · Intro",
      spoken: "about 3:10, Alice, chapter: Intro",
      name: "about 3:10, Alice, Intro",
    });
    expect(momentLabel({ clock: "3:10", approximate: true }, chinese)).toEqual({ text: "≈ 3:10", spoken: "约 3:10", name: "约 3:10" });
  });

  it("names a link by the words it shows, in order, with none between them (label in name)", () => {
    for (const [moment, strings] of [
      [{ clock: "12:34", speaker: "李明", chapter: "开场" }, chinese],
      [{ clock: "3:10", approximate: true, speaker: "Alice", chapter: "Intro" }, english],
    ] as const) {
      const label = momentLabel(moment, strings);
      const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      expect(words(label.name)).toContain(words(label.text));
      expect(words(label.spoken)).not.toContain(words(label.text));
    }
  });

  it("leaves out what is not known", () => {
    expect(momentLabel({ clock: "16:26", speaker: "Chelsea" }, english)).toEqual({ text: "16:26 · Chelsea", spoken: "16:26, Chelsea", name: "16:26, Chelsea" });
    expect(momentLabel({ speaker: "Monica" }, chinese)).toEqual({ text: "Monica", spoken: "Monica", name: "Monica" });
  });

  it("falls back to the transcript's name when nothing is known", () => {
    expect(momentLabel({}, chinese)).toEqual({ text: "文字稿", spoken: "文字稿", name: "文字稿" });
    expect(momentLabel({ speaker: "", chapter: undefined }, english)).toEqual({ text: "Transcript", spoken: "Transcript", name: "Transcript" });
  });
});
