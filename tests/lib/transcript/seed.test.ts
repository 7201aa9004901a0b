/**
 * The first show: unpunctuated Chinese ASR, one line, the recogniser's
 * segments separated by single spaces (../shared/seed/README.md).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyGlossary, parseGlossary, parseTranscript, toParagraphs } from "../../../src/lib/transcript/index.ts";
import { repoRoot, seedRoot } from "./corpus.ts";

const seedBytes = readFileSync(path.join(seedRoot, "transcript.zh.txt"));
const seedText = seedBytes.toString("utf8");
const glossary = parseGlossary(readFileSync(path.join(repoRoot, "content/glossary.yaml"), "utf8"), "glossary.yaml");
const CJK_SPACE_CJK = /[\p{Script=Han}]\s+[\p{Script=Han}]/u;

describe("the seed transcript", () => {
  const transcript = parseTranscript(seedBytes, { fileName: "transcript.zh.txt" });

  it("is read as untimed plain text, one segment per recogniser break", () => {
    expect(transcript.format).toBe("text-plain");
    expect(transcript.timed).toBe(false);
    expect(transcript.segments[0]).toEqual({ text: "是不是是不是too early to investment" });
    expect(transcript.segments[1]).toEqual({ text: "然后我觉得呃其实现在应该是说不能过早的投过多的钱" });
    expect(transcript.segments.at(-1)).toEqual({ text: "让更多的朋友知道我们的内容" });
    // Every space of the source touching a CJK character is a break; the only spaces
    // left are word spaces between Latin words.
    const breaks = [...seedText.trim().matchAll(/\s+/g)].filter((m) => {
      const before = seedText[m.index - 1];
      const after = seedText[m.index + m[0].length];
      return /[\p{Script=Han}]/u.test(before ?? "") || /[\p{Script=Han}]/u.test(after ?? "");
    }).length;
    expect(transcript.segments).toHaveLength(breaks + 1);
  });

  it("keeps Latin word spaces: 'stable diffusion', 'large language model'", () => {
    const all = transcript.segments.map((s) => s.text).join("\n");
    expect(all).toContain("这个state这个这个stable diffusion也就刚开始出来的时候");
    expect(all).toContain("这个large language model的这个训练经验之后");
    expect(all).not.toContain("stablediffusion");
  });

  it("groups into readable Chinese paragraphs with no space inserted between CJK characters", () => {
    const paragraphs = toParagraphs(transcript);
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(paragraphs.map((p) => p.id)).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
    for (const p of paragraphs) {
      expect(p.text).not.toMatch(CJK_SPACE_CJK);
      expect([...p.text].filter((c) => /\p{Script=Han}/u.test(c)).length).toBeLessThan(400);
      expect(p.approximate).toBe(false);
      expect(p.start).toBeUndefined();
    }
    expect(paragraphs[0]?.text.startsWith("是不是是不是too early to investment然后我觉得呃其实现在应该是说不能过早的投过多的钱就是因为技术还在")).toBe(true);
  });

  it("has the first show's glossary applied: 护城河, OpenAI, ChatGPT", () => {
    const fixed = applyGlossary(transcript, glossary);
    const all = fixed.segments.map((s) => s.text).join("\n");
    expect(all).toContain("那这个时候他的这个护城河又又在哪呢");
    expect(all).toContain("比如最开始这个OpenAI训练这个GPT-3花了这个千万美元的成本");
    expect(all).toContain("会不会出现像OpenAI这样的公司");
    expect(all).toContain("因为现在你看ChatGPT已经可以帮我们做那么多的这个事情了");
    expect(all).toContain("然后他们就拿这个DALL·E的这个呃这个paper");
    expect(all).toContain("这个那个Reid Hoffman");
    expect(all).toContain("所以一旦这样的一个商业闭环转起来");
    for (const wrong of ["open eye", "蔡GBT", "TriGP", "GB3", "互衬和", "互征和", "B环", "统治化", "assess到", "monika"]) {
      expect(all.toLowerCase()).not.toContain(wrong.toLowerCase());
    }
    // The false start is what was said, not a recognition error: left alone.
    expect(all).toContain("state这个这个stable diffusion");
  });

  it("gets approximate start and end times when the duration is known", () => {
    const timed = parseTranscript(seedBytes, { fileName: "transcript.zh.txt", duration: 1200 });
    expect(timed.timed).toBe(false);
    expect(timed.segments.every((s) => s.approximate === true)).toBe(true);
    expect(timed.segments[0]?.start).toBe(0);
    expect(timed.segments.at(-1)?.end).toBe(1200);
    // Proportional to characters: "是不是是不是too early to investment" is 26 of the characters.
    const chars = seedText.replace(/\s/g, "").length;
    expect(timed.segments[0]?.end).toBeCloseTo((26 / chars) * 1200, 2);
    timed.segments.slice(1).forEach((s, i) => expect(s.start).toBe(timed.segments[i]?.end));
    const paragraphs = toParagraphs(timed);
    expect(paragraphs.every((p) => p.approximate && p.id.startsWith("p"))).toBe(true);
  });
});
