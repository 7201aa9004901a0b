import { describe, expect, it } from "vitest";
import { metaDescription } from "../../../src/lib/seo/meta-description.ts";

describe("metaDescription", () => {
  it("keeps a short description whole, with whitespace collapsed", () => {
    expect(metaDescription("  One line\n  about   the show. ")).toBe("One line about the show.");
  });

  it("cuts English between words and marks the cut", () => {
    const text = "word ".repeat(60).trim();
    const cut = metaDescription(text);
    expect(cut.endsWith("word…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(160);
  });

  it("counts Chinese characters double, so about 80 of them fit", () => {
    const text = "技术还在快速变化时怎么投、怎么创业？".repeat(10);
    const cut = metaDescription(text, { locale: "zh-CN" });
    const han = [...cut].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(han).toBeGreaterThan(60);
    expect([...cut].length).toBeLessThanOrEqual(80);
    expect(cut.endsWith("…")).toBe(true);
    // Cut after a whole word, never in the middle of 创业 or 变化.
    expect(cut).not.toMatch(/[创变]…$/);
  });

  it("never splits an emoji or other grapheme", () => {
    const text = "👩‍👩‍👧".repeat(200);
    const cut = metaDescription(text, { budget: 20 });
    expect(cut.replace(/…$/, "").replaceAll("👩‍👩‍👧", "")).toBe("");
  });
});
