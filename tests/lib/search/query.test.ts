import { describe, expect, it } from "vitest";
import { containsAllTerms, containsTerm, findTerm, prepareText, queryTerms } from "../../../src/lib/search/query.ts";

describe("queryTerms", () => {
  it("splits on whitespace, keeps quoted phrases whole and drops edge punctuation", () => {
    expect(queryTerms(' Stable  Diffusion "护城河 在哪里"，OpenAI? ')).toEqual([
      { text: "stable", unspaced: false },
      { text: "diffusion", unspaced: false },
      { text: "护城河 在哪里", unspaced: true },
      { text: "openai", unspaced: false },
    ]);
  });

  it("folds full-width letters and case (NFKC) and ignores an empty query", () => {
    expect(queryTerms("ＣｈａｔＧＰＴ")).toEqual([{ text: "chatgpt", unspaced: false }]);
    expect(queryTerms('  "" ')).toEqual([]);
  });
});

describe("containsTerm", () => {
  const text = prepareText("对比如说一个投资分析师他可能 ChatGPT 已经可以帮我们 stable diffusion 刚出来");

  it("finds Chinese terms as substrings, even inside a longer word", () => {
    expect(containsTerm(text, { text: "投资分析师", unspaced: true })).toBe(true);
    expect(containsTerm(text, { text: "资分", unspaced: true })).toBe(true);
    expect(containsTerm(text, { text: "投资分析员", unspaced: true })).toBe(false);
  });

  it("ignores the U+200B word breaks of pre-segmented text", () => {
    expect(containsTerm(prepareText("大​模型​的​护城河​在​哪里"), { text: "模型的护城", unspaced: true })).toBe(true);
  });

  it("matches Latin terms only at the start of a word, so a stray letter is not ChatGPT", () => {
    expect(containsTerm(text, { text: "chatgpt", unspaced: false })).toBe(true);
    expect(containsTerm(prepareText("用户 c 端"), { text: "chatgpt", unspaced: false })).toBe(false);
    expect(containsTerm(prepareText("maintain"), { text: "ai", unspaced: false })).toBe(false);
  });

  it("counts a word that differs only by a common English ending, as Pagefind's stemmer does", () => {
    expect(containsTerm(prepareText("tables are repacked"), { text: "repacking", unspaced: false })).toBe(true);
    expect(containsTerm(prepareText("a moat"), { text: "moats", unspaced: false })).toBe(true);
    expect(containsTerm(prepareText("a mountain"), { text: "moats", unspaced: false })).toBe(false);
  });

  it("requires every term", () => {
    expect(containsAllTerms(text, queryTerms("stable diffusion"))).toBe(true);
    expect(containsAllTerms(text, queryTerms("stable 量子计算"))).toBe(false);
  });
});

describe("findTerm", () => {
  it("returns offsets in the original text, across word breaks and case", () => {
    const text = "大​模型​的​护城河​在​哪里";
    const hit = findTerm(text, { text: "护城河", unspaced: true });
    expect(hit && text.slice(hit.start, hit.end)).toBe("护城河");
    const latin = "We use PG_Repack weekly";
    const found = findTerm(latin, { text: "pg_repack", unspaced: false });
    expect(found && latin.slice(found.start, found.end)).toBe("PG_Repack");
    expect(findTerm(latin, { text: "vacuum", unspaced: false })).toBeUndefined();
  });
});
