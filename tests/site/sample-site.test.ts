import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";
import { repoRoot } from "../support/build-site.ts";

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
    expect(html).toContain("是不是是不是too early to investment");
    expect(html).toContain("我们都会很认真地看的");
  });

  it("shows every character of the seed transcript on the page, in order", async () => {
    const html = await builtSite("sample").read(seedPage);
    const transcriptHtml = html.slice(html.indexOf('id="transcript-heading"'));
    const pageText = transcriptHtml.replace(/<[^>]+>/g, "").replace(/\s+/g, "");
    const source = await readFile(join(repoRoot, "content/episodes/ai-startups-moats-and-talent/transcript.txt"), "utf8");
    // The seed's words appear on the page; glossary corrections change some of
    // them, so compare the CJK characters, which corrections mostly leave alone.
    const sourceHan = [...source.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]).join("");
    const pageHan = [...pageText.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]).join("");
    expect(pageHan.length).toBeGreaterThan(sourceHan.length * 0.98);
  });
});
