import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";

/** `<loc>` and `<lastmod>` of each `<url>`, read from the XML text. */
function urls(xml: string): { loc: string; lastmod?: string }[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => {
    const loc = /<loc>([^<]*)<\/loc>/.exec(body!)![1]!;
    const lastmod = /<lastmod>([^<]*)<\/lastmod>/.exec(body!)?.[1];
    return lastmod ? { loc, lastmod } : { loc };
  });
}

describe("sitemap.xml and robots.txt", () => {
  it("lists the home page and every episode with absolute URLs and dates, in the sitemaps.org namespace", async () => {
    const xml = await builtSite("feed").read("sitemap.xml");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    expect(urls(xml)).toEqual([
      { loc: "https://feed.example.org/", lastmod: "2024-04-01" },
      { loc: "https://feed.example.org/episodes/script-tags/", lastmod: "2024-04-01" },
      { loc: "https://feed.example.org/episodes/trailers/", lastmod: "2024-03-05" },
      { loc: "https://feed.example.org/episodes/show-notes-that-work/", lastmod: "2024-02-01" },
    ]);
  });

  it("lists every built page of the sample show", async () => {
    const xml = await builtSite("sample").read("sitemap.xml");
    expect(urls(xml).map((url) => url.loc)).toEqual(["https://podcast.example.com/", "https://podcast.example.com/episodes/ai-startups-moats-and-talent/"]);
  });

  it("is named by robots.txt, which allows crawling", async () => {
    expect(await builtSite("feed").read("robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://feed.example.org/sitemap.xml\n");
  });

  it("has a loc for every page the site links to from its home page", async () => {
    const site = builtSite("feed");
    const locs = urls(await site.read("sitemap.xml")).map((url) => url.loc);
    const hrefs = [...(await site.read("index.html")).matchAll(/href="(\/episodes\/[^"]+\/)"/g)].map(([, href]) => new URL(href!, "https://feed.example.org/").href);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(locs).toContain(href);
  });
});
