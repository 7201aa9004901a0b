import { describe, expect, it } from "vitest";
import { normalizeForMatch, quoteNearMoment, quotedPhrases } from "../../../src/lib/transcript/quote-check.ts";

const paragraphs = [
  { start: 0, end: 40, text: "Travis: When you first get started in podcasting, it's almost guaranteed" },
  { start: 40, end: 100, text: "that you're going to make a handful of rookie mistakes." },
  { start: 600, end: 640, text: "所以我觉得就是大胆假设小心验证吧" },
  { text: "an untimed paragraph that says spreadsheets" },
];

describe("quotedPhrases", () => {
  it("finds straight, curly and CJK corner-bracket quotes", () => {
    expect(quotedPhrases(`He said "rookie mistakes" and “first get started”, 她说「大胆假设」『小心验证』`)).toEqual([
      "rookie mistakes",
      "first get started",
      "大胆假设",
      "小心验证",
    ]);
    expect(quotedPhrases("nothing quoted here")).toEqual([]);
  });
});

describe("normalizeForMatch", () => {
  it("drops case, spaces and punctuation and folds full-width forms", () => {
    expect(normalizeForMatch("Rookie,  MISTAKES!")).toBe("rookiemistakes");
    expect(normalizeForMatch("大胆假设，小心验证。ＡＩ")).toBe("大胆假设小心验证ai");
  });
});

describe("quoteNearMoment", () => {
  it("finds a quote spoken near the cited time, across a paragraph break", () => {
    expect(quoteNearMoment("guaranteed that you're going", 30, paragraphs)).toBe(true);
    expect(quoteNearMoment("大胆假设，小心验证", 610, paragraphs)).toBe(true);
  });
  it("does not find a quote said far from the cited time", () => {
    expect(quoteNearMoment("rookie mistakes", 600, paragraphs)).toBe(false);
    expect(quoteNearMoment("大胆假设", 10, paragraphs)).toBe(false);
  });
  it("does not find words that are not in the transcript, nor look in untimed paragraphs", () => {
    expect(quoteNearMoment("we love spreadsheets", 30, paragraphs)).toBe(false);
    expect(quoteNearMoment("spreadsheets", 700, paragraphs)).toBe(false);
  });
});
