/**
 * Chinese recogniser output keeps its breaks: the recogniser separated its
 * segments with spaces, and the page and the text export show them, while
 * the paragraph text (what search indexes and a reader copies) is unchanged.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toParagraphViews } from "../../../src/lib/page-data/episode-view.ts";
import { parseTranscript, toParagraphs, toText } from "../../../src/lib/transcript/index.ts";
import { seedRoot } from "./corpus.ts";

describe("recogniser breaks", () => {
  const t = parseTranscript("是不是too early to investment 然后我觉得 就是因为技术\n", { fileName: "a.txt" });
  const [paragraph] = toParagraphs(t);

  it("the paragraph text is joined as before; the breaks are offsets into it", () => {
    expect(paragraph!.text).toBe("是不是too early to investment然后我觉得就是因为技术");
    expect(paragraph!.breaks).toEqual(["是不是too early to investment".length, "是不是too early to investment然后我觉得".length]);
  });

  it("the text export writes the recogniser's spaces back", () => {
    expect(toText(t)).toBe("是不是too early to investment 然后我觉得 就是因为技术\n");
  });

  it("the page view marks where each stretch starts, adding no character", () => {
    const [view] = toParagraphViews("ep", [paragraph!], new Map(), { time: { approximately: "≈" } } as never, "zh");
    expect(view!.runs.map((run) => run.text).join("")).toBe(paragraph!.text);
    expect(view!.runs.filter((run) => run.breakBefore).map((run) => run.text)).toEqual(["然后我觉得", "就是因为技术"]);
  });

  it("the seed: the text export gives back the recogniser's own text, space for space", () => {
    const source = readFileSync(path.join(seedRoot, "transcript.zh.txt"), "utf8");
    const exported = toText(parseTranscript(source, { fileName: "transcript.zh.txt" }));
    expect(exported.trim().split("\n\n").join(" ")).toBe(source.trim().replace(/\s+/g, " "));
  });

  it("subtitle cues (punctuated, broken mid-sentence) get no breaks", () => {
    const srt = parseTranscript("1\n00:00:01,000 --> 00:00:02,000\n大家好\n\n2\n00:00:02,000 --> 00:00:03,000\n欢迎收听。\n", { fileName: "a.srt" });
    expect(toParagraphs(srt)[0]!.breaks).toBeUndefined();
  });
});
