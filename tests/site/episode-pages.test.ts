import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";
import { repoRoot } from "../support/build-site.ts";

const timedEpisode = "episodes/ten-things-we-wish-we-knew/index.html";
const sampleEpisode = "episodes/ai-startups-moats-and-talent/index.html";

describe("the timed fixture show's pages", () => {
  it("renders chapters with their times as moment links", async () => {
    const html = await builtSite("timed").read(timedEpisode);
    expect(html).toContain('<a class="time moment" href="/episodes/ten-things-we-wish-we-knew/?t=219#t219" data-t="219">3:39</a><span class="chapter-title">The ideal podcast length</span>');
  });

  it("renders takeaways as their own block, keeping links, emphasis and cited moments", async () => {
    const html = await builtSite("timed").read(timedEpisode);
    const takeaways = html.slice(html.indexOf('<section class="takeaways"'), html.indexOf('<section class="chapters"'));
    expect(takeaways).toContain("<h2 id=\"takeaways-heading\">Key takeaways</h2>");
    expect(takeaways).toContain("<strong>Good audio beats expensive gear.</strong>");
    expect(takeaways).toContain("<em>your</em>");
    expect(takeaways).toContain('href="/episodes/ten-things-we-wish-we-knew/?t=219#t219" class="moment" data-t="219">03:39</a>');
    // The summary no longer repeats the lists the page shows as blocks.
    const summary = html.slice(html.indexOf('<section class="summary"'), html.indexOf('<section class="takeaways"'));
    expect(summary).not.toContain("Key takeaways</h2>");
    expect(summary).not.toContain("Rookie mistakes");
  });

  it("gives every transcript paragraph its moment id, time link and speaker", async () => {
    const html = await builtSite("timed").read(timedEpisode);
    expect(html).toContain('<div class="para" id="t219" data-start="219.36"');
    expect(html).toMatch(/id="t219"[^]*?<a class="time" href="\/episodes\/ten-things-we-wish-we-knew\/\?t=219#t219" data-t="219.36">3:39<\/a><span class="speaker">Gilon<\/span>/);
  });

  it("warns, naming file and line, when a takeaway quotes words the transcript does not say near the cited time", () => {
    const log = builtSite("timed").log;
    expect(log).toContain(
      'tests/fixtures/sites/timed/content/episodes/ten-things-we-wish-we-knew/index.md:22:1  warning: the takeaway quotes "the best podcast in the world" at 1:04',
    );
    // Said once (by the content check), not again by the loader.
    expect(log.split('the takeaway quotes "the best podcast in the world"').length - 1).toBe(1);
    expect(log).not.toContain("is there an ideal podcast length\" at");
  });

  it("shows estimated times with ≈, says \"about\" to screen readers, and says once that they are estimates", async () => {
    const html = await builtSite("timed").read("episodes/estimated-times/index.html");
    expect(html).toContain('<p class="note">Times are estimates: the original transcript has no timestamps.</p>');
    expect(html).toContain('<a class="time" href="/episodes/estimated-times/?t=0#p1" data-t="0" aria-label="about 0:00">≈ 0:00</a>');
    const times = [...html.matchAll(/<a class="time"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(times.length).toBeGreaterThan(1);
    expect(times.every((time) => time!.startsWith("≈ "))).toBe(true);
  });

  it("publishes a self-hosted audio file next to its episode page and plays it from there", async () => {
    const site = builtSite("timed");
    const source = await readFile(join(repoRoot, "tests/fixtures/sites/timed/content/episodes/do-you-need-a-trailer/trailer.wav"));
    expect(await readFile(join(site.outDir, "episodes/do-you-need-a-trailer/trailer.wav"))).toEqual(source);
    expect(await site.read("episodes/do-you-need-a-trailer/index.html")).toContain('<audio controls preload="metadata" src="/episodes/do-you-need-a-trailer/trailer.wav"');
  });

  it("links the previous and next episodes", async () => {
    const html = await builtSite("timed").read("episodes/do-you-need-a-trailer/index.html");
    expect(html).toMatch(/<a class="previous" href="\/episodes\/archive-12\/" rel="prev">/);
    expect(html).toMatch(/<a class="next" href="\/episodes\/ten-things-we-wish-we-knew\/" rel="next">/);
  });

  it("lists 20 episodes, newest first, on the home page and the rest on page 2", async () => {
    const site = builtSite("timed");
    const home = await site.read("index.html");
    const second = await site.read("2/index.html");
    const titles = (html: string) => [...html.matchAll(/<h3 class="episode-card-title"><a href="\/episodes\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(titles(home)).toHaveLength(20);
    expect(titles(home).slice(0, 3)).toEqual(["ten-things-we-wish-we-knew", "do-you-need-a-trailer", "archive-12"]);
    // Dated 2023-02-02, 2023-01-13, 2023-01-01 and 2022-06-01: the four oldest.
    expect(titles(second)).toEqual(["archive-02", "archive-13", "archive-01", "estimated-times"]);
    expect(home).toContain('<a href="/2/" rel="next">Older episodes</a>');
    expect(home).toContain("Gilon asks “is there an ideal podcast length” 03:39: it depends on your content.");
    expect(second).toContain('<a href="/" rel="prev">Newer episodes</a>');
  });

  it("has a page per tag and per person, and a 404 page", async () => {
    const site = builtSite("timed");
    expect(await site.read("tags/workflow/index.html")).toContain('href="/episodes/ten-things-we-wish-we-knew/"');
    const gilon = await site.read("people/gilon/index.html");
    expect(gilon).toContain("<h1>Gilon</h1>");
    expect(gilon).toContain('href="/episodes/do-you-need-a-trailer/"');
    expect(gilon).toContain('href="/episodes/ten-things-we-wish-we-knew/"');
    expect(await site.read("404.html")).toContain("Page not found");
  });
});

describe("the sample show's seed episode", () => {
  it("shows the untimed chapters as an outline, inventing no times", async () => {
    const html = await builtSite("sample").read(sampleEpisode);
    const chapters = html.slice(html.indexOf('<section class="chapters"'), html.indexOf('<section class="transcript"'));
    expect(chapters).toContain("对话提纲（没有时间点）。");
    expect(chapters).toContain('<span class="chapter-title">早期投资：大胆假设，小心验证</span>');
    expect(chapters).not.toContain('class="time');
    expect(html).not.toContain("≈");
    expect(html).not.toContain("data-start=");
  });

  it("keeps its six takeaways as a block and the summary free of the lists", async () => {
    const html = await builtSite("sample").read(sampleEpisode);
    const takeaways = html.slice(html.indexOf('<section class="takeaways"'), html.indexOf('<section class="chapters"'));
    expect(takeaways.match(/<li>/g)).toHaveLength(6);
    expect(takeaways).toContain("<strong>别太早投太多钱，但要积极参与。</strong>");
  });

  it("has pages for its tags, its host and a Chinese 404 page", () => {
    const out = builtSite("sample").outDir;
    for (const path of ["tags/ai/index.html", "tags/大模型/index.html", "people/monica/index.html", "404.html"]) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
  });
});
