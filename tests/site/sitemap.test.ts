import { describe, expect, inject, it } from "vitest";
import { builtSite } from "../support/sites.ts";
import { readPages, siteUrl } from "../support/page-head.ts";

/** `<loc>` and `<lastmod>` of each `<url>`, read from the XML text. */
function urls(xml: string): { loc: string; lastmod?: string }[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => {
    const loc = /<loc>([^<]*)<\/loc>/.exec(body!)![1]!;
    const lastmod = /<lastmod>([^<]*)<\/lastmod>/.exec(body!)?.[1];
    return lastmod ? { loc, lastmod } : { loc };
  });
}

describe("sitemap.xml and robots.txt", () => {
  it("is a urlset in the sitemaps.org namespace with absolute URLs and the episodes' dates", async () => {
    const xml = await builtSite("feed").read("sitemap.xml");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    expect(urls(xml)).toEqual(
      expect.arrayContaining([
        { loc: "https://feed.example.org/", lastmod: "2024-04-01" },
        { loc: "https://feed.example.org/episodes/script-tags/", lastmod: "2024-04-01" },
        { loc: "https://feed.example.org/episodes/trailers/", lastmod: "2024-03-05" },
        { loc: "https://feed.example.org/episodes/show-notes-that-work/", lastmod: "2024-02-01" },
        // A tag page changes when its newest episode does.
        { loc: "https://feed.example.org/tags/trailers/", lastmod: "2024-03-05" },
        { loc: "https://feed.example.org/people/gillian/", lastmod: "2024-03-05" },
        // Plain names in two episodes have pages too; a Chinese name stays characters, percent-encoded.
        { loc: "https://feed.example.org/people/bob-li/", lastmod: "2024-03-05" },
        { loc: "https://feed.example.org/people/%E7%8E%8B%E5%B0%8F%E6%98%8E/", lastmod: "2024-03-05" },
      ]),
    );
    // Carol Solo is in one episode only: no page. The search page is not content.
    expect(xml).not.toContain("/people/carol-solo/");
    expect(xml).not.toContain("/search/");
  });

  it("is named by robots.txt, which allows crawling", async () => {
    expect(await builtSite("feed").read("robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://feed.example.org/sitemap.xml\n");
  });

  it.each(Object.keys(inject("sites")))("lists exactly the pages the %s site builds for search engines (not the 404 page or noindex embed cards)", async (name) => {
    const site = builtSite(name);
    const base = await siteUrl(name);
    const built = (await readPages(site.outDir))
      .filter((page) => !(page.meta.get("robots") ?? []).some((value) => /noindex/.test(value)))
      .map((page) => decodeURIComponent(new URL(page.path.slice(1), base).href))
      .sort();
    expect(built.length).toBeGreaterThan(1);
    const listed = urls(await site.read("sitemap.xml")).map((url) => decodeURIComponent(url.loc)).sort();
    expect(listed).toEqual(built);
  });
});
