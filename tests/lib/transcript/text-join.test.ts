import { describe, expect, it } from "vitest";
import { codePoints, countCjk, countWords, joinText } from "../../../src/lib/transcript/text-join.ts";

// joinText looks only at the two ends of the join (issue 9: spreading the
// whole growing paragraph made it quadratic), so the ends must be read right,
// including characters outside the BMP (two UTF-16 code units).
describe("joinText at the ends of its two pieces", () => {
  it("joins CJK to CJK without a space, Latin to Latin with one", () => {
    expect(joinText("你好", "世界")).toBe("你好世界");
    expect(joinText("hello", "world")).toBe("hello world");
  });
  it("keeps whitespace already at either end instead of adding more", () => {
    expect(joinText("hello ", "world")).toBe("hello world");
    expect(joinText("hello", "\tworld")).toBe("hello\tworld");
  });
  it("reads an astral Han character (U+20000) at either end as CJK", () => {
    expect(joinText("𠀀", "𠀁")).toBe("𠀀𠀁");
    expect(joinText("OpenAI", "𠀀", "")).toBe("OpenAI𠀀");
    expect(joinText("𠀀", "GPT", " ")).toBe("𠀀 GPT");
  });
  it("uses the source's mixed-script separator at a CJK/Latin join", () => {
    expect(joinText("assess", "到", "")).toBe("assess到");
    expect(joinText("pipeline", "函数", " ")).toBe("pipeline 函数");
  });
});

describe("countCjk", () => {
  it("counts Han, kana and CJK punctuation, not Latin letters", () => {
    expect(countCjk("assess到ChatGPT是")).toBe(2);
    expect(countCjk("ひらがな、カタカナ")).toBe(9);
    expect(countCjk("no cjk here")).toBe(0);
  });
});

describe("countCjk and countWords count as the plain definitions do", () => {
  // The definitions they replaced (one string per character, replace + split + filter), kept here as the reference.
  const everyCjk = (text: string) => text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0;
  const words = (text: string) =>
    text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const texts = [
    "",
    " ",
    "你觉得你有哪一些让你非常exciting的一些啊",
    "pipeline 函数 和 API",
    "𠀀𠀁abc 𪚥", // Han outside the Basic Multilingual Plane: one character each, two code units
    "カタカナ and ひらがな 2024年",
    "foo_bar -- ... ，。！ x",
    "\ud840 lone \udc00 surrogates \udc00\ud840\udc00",
    "a\u3000b　c",
    "Ｆｕｌｌ ｗｉｄｔｈ",
    "١٢٣ عربى",
    "—— … e.g. U.S.A. 3.14",
    "\t\nA\u00a0B\u2028C",
  ];
  it.each(texts)("%j", (text) => {
    expect(countCjk(text)).toBe(everyCjk(text));
    expect(countWords(text)).toBe(words(text));
  });
});

describe("codePoints", () => {
  it.each(["", "abc", "你好", "𠀀a𪚥", "\ud800", "\udc00\ud800", "a\ud800\udc00b"])("counts %j as spreading it does", (text) => {
    expect(codePoints(text)).toBe([...text].length);
  });
});
