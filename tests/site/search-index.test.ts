import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preciseSearch } from "../../src/browser/search/precise-search.ts";
import { loadSitePagefind, type NodePagefind } from "../support/pagefind-node.ts";
import { builtSite } from "../support/sites.ts";

/**
 * Queries against the index the build wrote, through the site's own
 * pagefind.js running in Node with a `document` whose `<html lang>` is the
 * show's (so Pagefind picks the Chinese index and segments the query as in a
 * browser), and our precise query path on top.
 *
 * Expected moments are checked against the served HTML: the linked paragraph
 * must say the words, and it must be the first paragraph on the page that does.
 */

/** Text of every transcript paragraph of a built page, by id, in page order. */
function paragraphsOf(html: string): Map<string, string> {
  const paragraphs = new Map<string, string>();
  for (const match of html.matchAll(/<div class="para" id="([tp]\d+(?:-\d+)?)"[^>]*>.*?<p class="para-text">(.*?)<\/p>/gs)) {
    paragraphs.set(match[1] ?? "", (match[2] ?? "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&#39;/g, "'"));
  }
  return paragraphs;
}

function firstParagraphSaying(paragraphs: Map<string, string>, words: string): string | undefined {
  const needle = words.toLowerCase();
  for (const [id, text] of paragraphs) if (text.toLowerCase().includes(needle)) return id;
  return undefined;
}

function pathOf(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, "");
}

async function search(site: NodePagefind, query: string) {
  const response = await preciseSearch(site.pagefind, query);
  return response.results.map((result) => ({ page: pathOf(result.fragment.url), moments: result.moments.map((moment) => ({ ...moment, url: pathOf(moment.url) })) }));
}

describe("the sample show's search index (Chinese)", () => {
  const sample = builtSite("sample");
  const episode = "/episodes/ai-startups-moats-and-talent/";
  let site: NodePagefind;
  let paragraphs: Map<string, string>;

  beforeAll(async () => {
    site = await loadSitePagefind(sample.outDir, "zh-CN");
    paragraphs = paragraphsOf(await sample.read(`${episode}index.html`));
  });
  afterAll(() => site?.close());

  it("indexes only the episode page, in a Chinese index", async () => {
    const entry = JSON.parse(await sample.read("pagefind/pagefind-entry.json"));
    expect(Object.keys(entry.languages)).toEqual(["zh-cn"]);
    expect(entry.languages["zh-cn"].page_count).toBe(1);
  });

  // Words said in the seed's unpunctuated transcript, several only after the
  // glossary corrected them (护城河 was heard as 互衬和, OpenAI as "open eye",
  // ChatGPT as 蔡GBT, 闭环 as B环, 同质化 as 统治化), 2–5 characters, some inside
  // a longer word, and mixed English.
  it.each(["护城河", "城河", "OpenAI", "ChatGPT", "闭环", "同质化", "stable diffusion", "大胆假设", "小心验证", "黄埔军校", "投资分析师", "大厂", "开源", "工程师", "概率学", "Prompt Engineering"])(
    "finds %s in the episode and lands on the first paragraph that says it",
    async (query) => {
      const results = await search(site, query);
      expect(results.map((result) => result.page)).toEqual([episode]);
      const [first] = results[0]?.moments ?? [];
      const expected = firstParagraphSaying(paragraphs, query);
      expect(expected).toBeDefined();
      expect(first?.url).toBe(`${episode}#${expected}`);
      expect(first?.excerptHtml.toLowerCase()).toContain(`<mark>${query.toLowerCase()}</mark>`);
    },
  );

  it("finds words from the title and summary, which have no moment", async () => {
    const results = await search(site, "早期下注");
    expect(results.map((result) => result.page)).toEqual([episode]);
    expect(results[0]?.moments).toEqual([]);
  });

  // Pagefind alone returns the episode for all of these (a stray 量, any 投资…).
  it.each(["量子计算", "区块链", "元宇宙", "投资分析员", "护城墙", "shownotes", "互衬和"])("shows nothing for %s, which the episode does not say", async (query) => {
    expect(await search(site, query)).toEqual([]);
  });

  it("keeps the site's header and footer out of the index", async () => {
    // "shownotes" is only in the footer; the show's name only in the header.
    const raw = await site.pagefind.search('"由 shownotes 生成"');
    expect(raw?.results ?? []).toEqual([]);
  });
});

describe("an English show's search index", () => {
  const english = builtSite("search-en");
  let site: NodePagefind;
  const pages = new Map<string, Map<string, string>>();

  beforeAll(async () => {
    site = await loadSitePagefind(english.outDir, "en");
    for (const slug of ["postgres-bloat", "rookie-mistakes"]) pages.set(`/episodes/${slug}/`, paragraphsOf(await english.read(`episodes/${slug}/index.html`)));
  });
  afterAll(() => site?.close());

  it.each([
    ["pg_repack", "/episodes/postgres-bloat/", 986, "Chelsea"],
    ["autovacuum", "/episodes/postgres-bloat/", undefined, undefined],
    ["rookie", "/episodes/rookie-mistakes/", 0, "Travis"],
  ] as const)("finds %s in %s and links the moment with its time", async (query, page, seconds, speaker) => {
    const results = await search(site, query);
    expect(results.map((result) => result.page)).toEqual([page]);
    const first = results[0]?.moments[0];
    const expected = firstParagraphSaying(pages.get(page) ?? new Map(), query);
    expect(first?.url).toBe(`${page}?t=${/^t(\d+)/.exec(expected ?? "")?.[1]}#${expected}`);
    if (seconds !== undefined) expect(first?.seconds).toBe(seconds);
    if (speaker !== undefined) expect(first?.speaker).toBe(speaker);
  });

  it.each(["xylophone", "microphone", "kubernetes", '"rookie bloat"'])("shows nothing for %s", async (query) => {
    expect(await search(site, query)).toEqual([]);
  });

  it("filters by person, tag and year, and sorts by date", async () => {
    const filters = await site.pagefind.filters();
    expect(filters).toEqual({
      person: { Chelsea: 1, Michael: 1, Sarah: 1, Travis: 1 },
      tag: { advice: 1, databases: 1, podcasting: 1, postgres: 1 },
      year: { "2021": 1, "2022": 1 },
    });
    const byPerson = await preciseSearch(site.pagefind, "the", { filters: { person: "Travis" } });
    expect(byPerson.results.map((result) => pathOf(result.fragment.url))).toEqual(["/episodes/rookie-mistakes/"]);
    const newest = await site.pagefind.search(null, { sort: { date: "desc" } });
    const urls = await Promise.all((newest?.results ?? []).map(async (result) => pathOf((await result.data()).url)));
    expect(urls).toEqual(["/episodes/postgres-bloat/", "/episodes/rookie-mistakes/"]);
  });

  it("sorts checked results by date through the precise query path (the search page's \"newest first\")", async () => {
    // Dates from the fixture's front matter: postgres-bloat 2022-09-16, rookie-mistakes 2021.
    const pagesOf = async (sort?: Record<string, string>) =>
      (await preciseSearch(site.pagefind, "the", sort ? { sort } : {})).results.map((result) => pathOf(result.fragment.url));
    expect(await pagesOf({ date: "desc" })).toEqual(["/episodes/postgres-bloat/", "/episodes/rookie-mistakes/"]);
    expect(await pagesOf({ date: "asc" })).toEqual(["/episodes/rookie-mistakes/", "/episodes/postgres-bloat/"]);
    expect((await pagesOf()).sort()).toEqual(["/episodes/postgres-bloat/", "/episodes/rookie-mistakes/"]);
  });

  it("gives each result its title, number and date", async () => {
    const [result] = (await site.pagefind.search('"pg_repack"'))?.results ?? [];
    expect((await result?.data())?.meta).toMatchObject({ title: "Bloat", number: "2", date: "2022-09-16" });
  });
});

describe("a show whose transcript times are estimated", () => {
  const timed = builtSite("timed");
  const page = "/episodes/estimated-times/";
  let site: NodePagefind;
  let html: string;

  beforeAll(async () => {
    site = await loadSitePagefind(timed.outDir, "en");
    html = await timed.read("episodes/estimated-times/index.html");
  });
  afterAll(() => site?.close());

  it("links a transcript hit exactly as the page's own time link for that paragraph (?t= set, so the player is)", async () => {
    const results = await search(site, "frequency");
    expect(results.map((result) => result.page)).toEqual([page]);
    const [moment, ...others] = results[0]?.moments ?? [];
    expect(others).toEqual([]);
    expect(moment?.paragraphId).toMatch(/^p\d+$/);
    // The served page's own link for that paragraph.
    const own = new RegExp(`<div class="para" id="${moment?.paragraphId}"[^>]*>\\s*<p class="para-meta"[^>]*>\\s*<a class="time" href="([^"]+)"`).exec(html)?.[1];
    expect(own).toMatch(new RegExp(`^${page}\\?t=\\d+#${moment?.paragraphId}$`));
    expect(moment?.url).toBe(own);
    expect(moment).toMatchObject({ approximate: true, seconds: Number(/\?t=(\d+)/.exec(own ?? "")?.[1]) });
  });
});

describe("the search bundle", () => {
  it("is written into the built site by the build itself, with the precise query module", async () => {
    const dir = join(builtSite("sample").outDir, "pagefind");
    const files = await readdir(dir);
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json", "pagefind-component-ui.js", "precise"]));
    expect((await stat(join(dir, "precise/pagefind.js"))).size).toBeGreaterThan(1000);
  });
});
