import { describe, expect, it } from "vitest";
import { needsSegmentation, segmentWords } from "../../../src/lib/search/segment.ts";

describe("segmentWords", () => {
  it("joins the words Intl.Segmenter finds with U+200B, as Pagefind's browser code splits a query", () => {
    expect(segmentWords("大模型的护城河在哪里", "zh-CN")).toBe("大​模型​的​护城河​在​哪里");
    expect(segmentWords("用 stable diffusion 训练", "zh-CN")).toBe("用 ​stable ​diffusion ​训练");
  });

  it("is stable when run twice (existing U+200B are not doubled)", () => {
    const once = segmentWords("护城河在哪里", "zh-CN");
    expect(segmentWords(once, "zh-CN")).toBe(once);
  });

  it("applies to Chinese, Japanese and Thai, not to English", () => {
    expect(["zh-CN", "zh", "ja", "th"].map(needsSegmentation)).toEqual([true, true, true, true]);
    expect(["en", "en-US", undefined].map(needsSegmentation)).toEqual([false, false, false]);
  });
});

