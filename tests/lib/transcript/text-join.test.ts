import { describe, expect, it } from "vitest";
import { countCjk, joinText } from "../../../src/lib/transcript/text-join.ts";

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
