import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { selectAll, select } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { builtSite } from "../support/sites.ts";

// The feed fixture's show.yaml gives follow: spotify, apple, xiaoyuzhou and a
// { label, url } platform; its episodes name Bob Li and 王小明 (two episodes
// each) and Carol Solo (one) without people.yaml entries.
const site = builtSite("feed");
const page = async (path: string) => fromHtml(await site.read(path));
const buttons = (tree: ReturnType<typeof fromHtml>) =>
  selectAll("nav.follow-links a", tree).map((a) => ({ label: toString(a), href: String(a.properties.href) }));

describe("follow buttons", () => {
  it("on the home page: the podcaster's order, each app's name, then the site's own feed", async () => {
    expect(buttons(await page("index.html"))).toEqual([
      { label: "Spotify", href: "https://open.spotify.com/show/feedfixture" },
      { label: "Apple Podcasts", href: "https://podcasts.apple.com/us/podcast/feed-fixture-fm/id1000000001" },
      { label: "Xiaoyuzhou", href: "https://www.xiaoyuzhoufm.com/podcast/feedfixture" },
      { label: "Bilibili", href: "https://space.bilibili.com/1000001" },
      { label: "RSS feed", href: "https://feed.example.org/feed.xml" },
    ]);
  });

  it("on an episode page: the episode's own Apple address in Apple's place; the show's elsewhere", async () => {
    const links = buttons(await page("episodes/trailers/index.html"));
    expect(links.map((link) => link.label)).toEqual(["Spotify", "Apple Podcasts", "Xiaoyuzhou", "Bilibili", "RSS feed"]);
    expect(links[1]!.href).toBe("https://podcasts.apple.com/us/podcast/feed-fixture-fm/id1000000001?i=1000000002");
    expect(buttons(await page("episodes/script-tags/index.html"))[1]!.href).toBe("https://podcasts.apple.com/us/podcast/feed-fixture-fm/id1000000001");
  });

  it("are kept out of the search index (they are on every page)", async () => {
    expect(select("nav.follow-links", await page("episodes/trailers/index.html"))!.properties.dataPagefindIgnore).toBe("");
  });
});

describe("people named without a people.yaml entry", () => {
  it("are shown as written; those in two episodes link to their page, Chinese names percent-encoded", async () => {
    const guests = selectAll(".facts dd", await page("episodes/show-notes-that-work/index.html")).at(-1)!;
    expect(toString(guests)).toBe("Bob Li, 王小明, Carol Solo");
    expect(selectAll("a", guests).map((a) => a.properties.href)).toEqual(["/people/bob-li/", "/people/%E7%8E%8B%E5%B0%8F%E6%98%8E/"]);
    expect(select("span", guests.children.find((child) => child.type === "element")!)).toBeDefined();
  });

  it("get a person page listing their episodes, with a description", async () => {
    const bob = await page("people/bob-li/index.html");
    expect(toString(select("h1", bob)!)).toBe("Bob Li");
    expect(selectAll("#person-episodes ~ * h3", bob).map((h) => toString(h).trim()).sort()).toEqual(["Do you need a podcast trailer?", "Show notes that work"]);
    expect(select('meta[name="description"]', bob)!.properties.content).toBe("Bob Li on Feed Fixture FM: 2 episodes.");
    expect(toString(select(".lede", bob)!)).toBe("Bob Li on Feed Fixture FM: 2 episodes.");
    expect(await site.read("people/王小明/index.html")).toContain("<h1>王小明</h1>");
    await expect(site.read("people/carol-solo/index.html")).rejects.toThrow();
  });

  it("are in the episode's episode.json: with their page's id when they have one, by name alone otherwise", async () => {
    const json = JSON.parse(await site.read("episodes/show-notes-that-work/episode.json"));
    expect(json.people.filter((person: { role: string }) => person.role === "guest")).toEqual([
      { id: "bob-li", name: "Bob Li", role: "guest" },
      { id: "王小明", name: "王小明", role: "guest" },
      { name: "Carol Solo", role: "guest" },
    ]);
  });

  it("are reported by the build as hints, not errors", () => {
    expect(site.log).toContain('"Carol Solo" is not in people.yaml, which is fine: the page shows the name as written.');
  });
});

describe("small things listeners notice", () => {
  it("tag pages say what they list, visibly and in the meta description", async () => {
    const tag = await page("tags/trailers/index.html");
    expect(select('meta[name="description"]', tag)!.properties.content).toBe("1 episode of Feed Fixture FM about “trailers”.");
    expect(toString(select(".lede", tag)!)).toBe("1 episode of Feed Fixture FM about “trailers”.");
  });

  it("every page's icon is the show's artwork", async () => {
    for (const path of ["index.html", "episodes/trailers/index.html", "people/bob-li/index.html", "search/index.html"]) {
      expect(select('link[rel="icon"]', await page(path))!.properties.href).toBe("https://feed.example.org/artwork.jpg");
    }
  });

  it("a show without artwork gets the default icon, and the search page is noindex", async () => {
    const sample = builtSite("sample");
    const home = fromHtml(await sample.read("index.html"));
    expect(select('link[rel="icon"]', home)!.properties.href).toBe("/favicon.svg");
    const icon = await sample.read("favicon.svg");
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    const search = fromHtml(await sample.read("search/index.html"));
    expect(select('meta[name="robots"]', search)!.properties.content).toBe("noindex");
    expect(await sample.read("sitemap.xml")).not.toContain("/search/");
  });
});
