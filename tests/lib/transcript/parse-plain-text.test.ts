import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

const parse = (file: string) => parseTranscript(corpusFile(`text/${file}`), { fileName: file });

describe("plain text", () => {
  it("potzblitz-watchtowers.zh.md: Chinese paragraphs without times; headings become sections", () => {
    const t = parse("potzblitz-watchtowers.zh.md");
    expect(t.format).toBe("text-plain");
    expect(t.timed).toBe(false);
    expect(t.segments[0]).toEqual({ text: "演示文档：https://srgi.me/resources/slides/Potzblitz!2020-Watchtowers.pdf" });
    const intro = t.segments.find((s) => s.section === "引言");
    expect(intro?.text.startsWith("我准备讲讲瞭望塔和 BOLT13。")).toBe(true);
  });

  it("splits recogniser output at spaces touching CJK, keeps Latin word spaces", () => {
    const t = parseTranscript("我们用 stable diffusion 生成 然后large language model的 效果", { fileName: "asr.txt" });
    expect(t.segments.map((s) => s.text)).toEqual(["我们用", "stable diffusion", "生成", "然后large language model的", "效果"]);
  });

  it("treats punctuated lines as paragraphs, and reads 'Name:' paragraphs (our txt export)", () => {
    const t = parseTranscript("Ann: Hello there, welcome.\n\nBob: Thanks, Ann.\n\nAnn: Let us start.\n", { fileName: "a.txt" });
    expect(t.segments).toEqual([
      { speaker: "Ann", text: "Hello there, welcome." },
      { speaker: "Bob", text: "Thanks, Ann." },
      { speaker: "Ann", text: "Let us start." },
    ]);
  });
});
