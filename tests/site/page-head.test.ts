import { beforeAll, describe, expect, inject, it } from "vitest";
import { readPages, siteUrl, type PageHead } from "../support/page-head.ts";

/**
 * Every page of every built site: one canonical URL that is the page's own
 * absolute address (the bug other generators ship: relative, or the home
 * page's), og:url equal to it, absolute og:image, a title, a description,
 * a language, and JSON-LD that parses.
 */
const noindex = (page: PageHead) => (page.meta.get("robots") ?? []).some((value) => /noindex/.test(value));

const siteNames = Object.entries(inject("sites"))
  .filter(([, site]) => site.exitCode === 0)
  .map(([name]) => name);

describe.each(siteNames)("the head of every page of the %s site", (name) => {
  let pages: PageHead[] = [];
  let base = "";
  beforeAll(async () => {
    pages = await readPages(inject("sites")[name]!.outDir);
    base = await siteUrl(name);
  });

  it("has pages to check", () => {
    expect(pages.map((page) => page.path)).toContain("/");
    expect(pages.some((page) => page.path.startsWith("/episodes/"))).toBe(true);
  });

  it("gives each page exactly one canonical link, its own absolute URL, and the same og:url", () => {
    for (const page of pages.filter((p) => !noindex(p))) {
      const own = new URL(page.path.slice(1), base).href;
      expect(page.canonical, page.path).toEqual([own]);
      expect(page.meta.get("og:url"), page.path).toEqual([own]);
    }
  });

  it("points a page kept out of search (the embed cards) at an indexable page of the site", () => {
    const indexable = new Set(pages.filter((p) => !noindex(p)).map((p) => new URL(p.path.slice(1), base).href));
    for (const page of pages.filter(noindex)) {
      for (const canonical of page.canonical) expect(indexable.has(canonical), `${page.path} → ${canonical}`).toBe(true);
    }
  });

  it("gives each page a title, a description, a language and Open Graph/Twitter basics", () => {
    for (const page of pages.filter((p) => !noindex(p))) {
      expect(page.title, page.path).toBeTruthy();
      expect(page.lang, page.path).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      expect(page.meta.get("description")?.[0], page.path).toBeTruthy();
      expect(page.meta.get("og:title")?.[0], page.path).toBeTruthy();
      expect(page.meta.get("og:type")?.[0], page.path).toMatch(/^(website|article)$/);
      expect(page.meta.get("twitter:card")?.[0], page.path).toMatch(/^summary(_large_image)?$/);
      for (const image of page.meta.get("og:image") ?? []) expect(new URL(image).protocol, page.path).toBe("https:");
    }
  });

  it("has JSON-LD on the home page and every episode page, and all of it parses", () => {
    for (const page of pages) {
      const expected = page.path === "/" || /^\/episodes\/[^/]+\/$/.test(page.path);
      if (expected) expect(page.jsonLd.length, page.path).toBe(1);
      for (const json of page.jsonLd) expect(() => JSON.parse(json), page.path).not.toThrow();
    }
  });
});
