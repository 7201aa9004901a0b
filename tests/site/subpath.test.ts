import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";

/**
 * The subpath show (tests/fixtures/sites/subpath) has `url:
 * https://example.org/show/`, as a GitHub Pages project site has: its dist/
 * is served at /show/, so any address on the host that leaves /show/ is a
 * dead link, a missing asset or a search result that lands nowhere.
 */
const PREFIX = "/show/";
const SITE = "https://example.org/show/";
const site = () => builtSite("subpath");

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesOf(full) : [full];
  });
}

/** Every address written in a text file that points at this host: root-relative ones and absolute ones on example.org. */
function addressesIn(file: string, text: string): string[] {
  const found: string[] = [];
  const add = (value: string | undefined) => value !== undefined && found.push(value);
  // Attributes and CSS: href="/…", src='/…', action=/…, url(/…), a meta refresh's url=/….
  for (const match of text.matchAll(/\b(?:href|src|action|poster|srcset|data-bundle|data-href)\s*=\s*(?:"|'|)(\/(?!\/)[^"'\s>]*)/gi)) add(match[1]);
  for (const match of text.matchAll(/url\(\s*["']?(\/(?!\/)[^)"'\s]*)/gi)) add(match[1]);
  for (const match of text.matchAll(/;\s*url=(\/(?!\/)[^"'\s>]*)/gi)) add(match[1]);
  for (const match of text.matchAll(/https?:\/\/example\.org(\/[^"'\s<>)\\]*)?/gi)) add(match[1] ?? "");
  if (file.endsWith(".json")) {
    // Any string value that is a root-relative address.
    const walk = (value: unknown): void => {
      if (typeof value === "string" && /^\/(?!\/)/.test(value)) add(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    walk(JSON.parse(text));
  }
  if (file.endsWith("_redirects")) for (const token of text.split(/\s+/)) if (token.startsWith("/")) add(token);
  return found;
}

describe("a show published under a path (url: https://example.org/show/)", () => {
  it("writes no address on its host outside /show/, in any page, feed, sitemap, JSON, text or style file", () => {
    const dist = site().outDir;
    const files = filesOf(dist).filter((file) => /\.(html|xml|json|txt|css|js)$|_redirects$/.test(file) && !relative(dist, file).startsWith("pagefind"));
    let checked = 0;
    const outside: string[] = [];
    for (const file of files) {
      for (const address of addressesIn(file, readFileSync(file, "utf8"))) {
        checked++;
        if (!address.startsWith(PREFIX)) outside.push(`${relative(dist, file)}: ${address || "https://example.org"}`);
      }
    }
    console.log(`subpath: ${checked} addresses in ${files.length} files, ${outside.length} outside ${PREFIX}`);
    expect(outside).toEqual([]);
    // The scan saw the kinds of file that carry addresses: pages, the feed, the sitemap, the JSON files, the redirects.
    expect(checked).toBeGreaterThan(500);
    for (const name of ["index.html", "feed.xml", "sitemap.xml", "robots.txt", "_redirects", "embed/ten-things-we-wish-we-knew/oembed.json"]) {
      expect(files.map((file) => relative(dist, file))).toContain(name);
    }
  });

  it("loads Astro's own CSS and scripts from /show/_astro/, files that are in dist/_astro", async () => {
    const page = fromHtml(await site().read("episodes/ten-things-we-wish-we-knew/index.html"));
    const assets = [
      ...selectAll('link[rel="stylesheet"]', page).map((node) => String(node.properties.href)),
      ...selectAll("script[src]", page).map((node) => String(node.properties.src)),
    ];
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.startsWith(`${PREFIX}_astro/`)).toBe(true);
      expect(statSync(join(site().outDir, asset.slice(PREFIX.length))).isFile()).toBe(true);
    }
  });

  it("gives feed entries, the sitemap, robots.txt, oEmbed and structured data addresses under /show/", async () => {
    const feed = await site().read("feed.xml");
    expect(feed).toContain(`<link>${SITE}</link>`);
    expect(feed).toContain(`<link>${SITE}episodes/ten-things-we-wish-we-knew/</link>`);
    expect(feed).toContain(`url="${SITE}audio/tone.wav"`);
    expect(feed).toContain(`url="${SITE}episodes/do-you-need-a-trailer/trailer.wav"`);
    expect(feed).toContain(`url="${SITE}episodes/ten-things-we-wish-we-knew/chapters.json"`);
    expect(feed).toContain(`url="${SITE}episodes/ten-things-we-wish-we-knew/transcript.vtt"`);
    expect(feed).toContain(`href="${SITE}feed.xml"`);

    const sitemap = await site().read("sitemap.xml");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locs).toContain(SITE);
    expect(locs).toContain(`${SITE}2/`);
    expect(locs).toContain(`${SITE}episodes/do-you-need-a-trailer/`);
    expect(locs.every((loc) => loc.startsWith(SITE))).toBe(true);

    expect(await site().read("robots.txt")).toContain(`Sitemap: ${SITE}sitemap.xml`);

    const oembed = JSON.parse(await site().read("embed/ten-things-we-wish-we-knew/oembed.json")) as { provider_url: string; html: string };
    expect(oembed.provider_url).toBe(SITE);
    expect(oembed.html).toContain(`src="${SITE}embed/ten-things-we-wish-we-knew/"`);

    const page = fromHtml(await site().read("episodes/ten-things-we-wish-we-knew/index.html"));
    const head = (selector: string, attribute: string) => selectAll(selector, page).map((node) => String(node.properties[attribute]));
    expect(head('link[rel="canonical"]', "href")).toEqual([`${SITE}episodes/ten-things-we-wish-we-knew/`]);
    expect(head('meta[property="og:url"]', "content")).toEqual([`${SITE}episodes/ten-things-we-wish-we-knew/`]);
    expect(head('link[type="application/json+oembed"]', "href")).toEqual([`${SITE}embed/ten-things-we-wish-we-knew/oembed.json`]);
    expect(head('link[rel="icon"]', "href")).toEqual([`${PREFIX}favicon.svg`]);
    const jsonLd = JSON.parse(String((selectAll('script[type="application/ld+json"]', page)[0]!.children[0] as { value: string }).value)) as {
      url: string;
      partOfSeries: { url: string };
      associatedMedia: { contentUrl: string };
      hasPart: { url: string }[];
    };
    expect(jsonLd.url).toBe(`${SITE}episodes/ten-things-we-wish-we-knew/`);
    expect(jsonLd.partOfSeries.url).toBe(SITE);
    expect(jsonLd.associatedMedia.contentUrl).toBe(`${SITE}audio/tone.wav`);
    expect(jsonLd.hasPart.map((clip) => clip.url)).toContain(`${SITE}episodes/ten-things-we-wish-we-knew/?t=64`);
  });

  it("keeps the podcaster's site paths in the summary on this site: a link to another episode gets /show/", async () => {
    const page = fromHtml(await site().read("episodes/ten-things-we-wish-we-knew/index.html"));
    const summaryLinks = selectAll(".summary a", page).map((node) => String(node.properties.href));
    expect(summaryLinks).toContain(`${PREFIX}episodes/do-you-need-a-trailer/`);
    // Moment links in the summary and the takeaways, made from written times.
    expect(summaryLinks).toContain(`${PREFIX}episodes/ten-things-we-wish-we-knew/?t=64#t53`);
    expect(selectAll(".takeaways a.moment", page).map((node) => String(node.properties.href))).toContain(`${PREFIX}episodes/ten-things-we-wish-we-knew/?t=77#t53`);
  });

  it("redirects an old episode address under /show/ on both sides, and its forwarding page leads there", async () => {
    expect(await site().read("_redirects")).toBe(`${PREFIX}2020/10/ten-things.html ${PREFIX}episodes/ten-things-we-wish-we-knew/ 301\n`);
    const forwarding = await site().read("2020/10/ten-things.html");
    expect(forwarding).toContain(`url=${PREFIX}episodes/ten-things-we-wish-we-knew/`);
  });
});
