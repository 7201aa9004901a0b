import { describe, expect, it } from "vitest";
import { languageRuns } from "../../../src/lib/text/language-runs.ts";

describe("languageRuns", () => {
  it("marks English words and phrases inside Chinese as English, keeping every character", () => {
    const text = "是不是是不是too early to investment然后我觉得这个stable diffusion的训练成本";
    const runs = languageRuns(text, "zh-CN");
    expect(runs).toEqual([
      { text: "是不是是不是" },
      { text: "too early to investment", lang: "en" },
      { text: "然后我觉得这个" },
      { text: "stable diffusion", lang: "en" },
      { text: "的训练成本" },
    ]);
    expect(runs.map((run) => run.text).join("")).toBe(text);
  });

  it("leaves a single letter glued to Chinese (c端, B端) and numbers alone", () => {
    expect(languageRuns("中国大量的c端和b端用起来 0-1的时候", "zh-CN")).toEqual([{ text: "中国大量的c端和b端用起来 0-1的时候" }]);
  });

  it("keeps names with digits and dashes whole (GPT-3, access到)", () => {
    expect(languageRuns("训练这个GPT-3花了", "zh")).toEqual([{ text: "训练这个" }, { text: "GPT-3", lang: "en" }, { text: "花了" }]);
    expect(languageRuns("能够access到", "zh")).toEqual([{ text: "能够" }, { text: "access", lang: "en" }, { text: "到" }]);
  });

  it("does nothing on pages that are not in a CJK language", () => {
    expect(languageRuns("So is there an ideal podcast length?", "en")).toEqual([{ text: "So is there an ideal podcast length?" }]);
  });
});
