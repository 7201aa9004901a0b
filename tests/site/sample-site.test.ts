import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";
import { repoRoot } from "../support/build-site.ts";
import { applyGlossary, parseGlossary, parseTranscript } from "../../src/lib/transcript/index.ts";

const seedPage = "episodes/ai-startups-moats-and-talent/index.html";

describe("the sample show (content/)", () => {
  it("builds on the project's own Node 24 and says so in the log", () => {
    const site = builtSite("sample");
    expect(site.log).toMatch(/Building on Node v24\.\d+\.\d+/);
  });

  it("lists the seed episode on the home page", async () => {
    const html = await builtSite("sample").read("index.html");
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('href="/episodes/ai-startups-moats-and-talent/"');
    expect(html).toContain("AI 创业与投资：早期下注、护城河与人才（节选）");
  });

  it("renders the seed episode's title, summary, takeaways and transcript", async () => {
    const html = await builtSite("sample").read(seedPage);
    expect(html).toContain("<h1>AI 创业与投资：早期下注、护城河与人才（节选）</h1>");
    expect(html).toContain("大胆假设，小心验证");
    expect(html).toMatch(/<h2[^>]*>要点<\/h2>/);
    // English stretches inside the Chinese transcript are marked as English (WCAG 3.1.2).
    expect(html).toContain('是不是是不是<span lang="en">too early to investment</span><span class="asr-break">然后我觉得');
    expect(html).toContain('<span lang="en">stable diffusion</span>');
    expect(html).toContain("我们都会很认真地看的");
  });

  it("shows every word of the seed transcript on the page, in order, with the glossary applied", async () => {
    const html = await builtSite("sample").read(seedPage);
    const transcriptHtml = html.slice(html.indexOf('id="transcript-heading"'));
    const pageText = transcriptHtml.replace(/<[^>]+>/g, "").replace(/\s+/g, "");
    const folder = join(repoRoot, "content/episodes/ai-startups-moats-and-talent");
    const glossary = parseGlossary(await readFile(join(repoRoot, "content/glossary.yaml"), "utf8"), "glossary.yaml");
    const source = await readFile(join(folder, "transcript.txt"));
    const expected = applyGlossary(parseTranscript(source, { fileName: "transcript.txt" }), glossary);
    let from = 0;
    for (const segment of expected.segments) {
      const words = segment.text.replace(/\s+/g, "");
      const at = pageText.indexOf(words, from);
      expect(at, `segment "${segment.text}" missing or out of order`).toBeGreaterThanOrEqual(0);
      from = at + words.length;
    }
    expect(pageText).toContain("护城河");
    expect(pageText).not.toContain("互衬和");
    expect(pageText).toContain("ChatGPT");
  });
});
