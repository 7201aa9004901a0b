import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

/**
 * A search result's main link lands where its excerpt comes from: the first
 * moment the words were said (with the player set there), or the summary or
 * takeaways when only they hold the words. Its moments below are labelled by
 * time, speaker and chapter. Checked on the /search/ page and in the header's
 * popup, on the Chinese sample show and English fixture shows.
 *
 * Where a result should land is read from the episode page itself (its
 * paragraphs, time links and chapter list), not from the search code.
 */

let browser: Browser;
const servers = new Map<string, StaticServer>();
beforeAll(async () => {
  browser = await launchBrowser();
  for (const name of ["sample", "search-en", "timed"]) servers.set(name, await serveStatic(builtSite(name).outDir));
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) server.close();
});

type Mode = "search page" | "header popup";

async function newPage(): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage({ viewport: { width: 1280, height: 900 } })) as Page & { errors: string[] };
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  return page;
}

/** The first result of `query`, searched on /search/ or in the header popup (opened with Ctrl+K on the home page). */
async function firstResult(site: string, mode: Mode, query: string): Promise<{ page: Page & { errors: string[] }; result: Locator }> {
  const origin = servers.get(site)!.origin;
  const page = await newPage();
  if (mode === "search page") {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    const result = page.locator("search-page .search-results li.search-result").first();
    await result.locator("a.search-result-link").waitFor();
    return { page, result };
  }
  await page.goto(`${origin}/`);
  await page.keyboard.press("Control+k");
  const input = page.locator("dialog.search-dialog input");
  await input.waitFor();
  await input.fill(query);
  const result = page.locator("dialog.search-dialog .search-results li.search-result").first();
  await result.locator("a.search-result-link").waitFor();
  return { page, result };
}

/** Whether `words` are on the page inside the element the address points at (its paragraph or section), and on screen. */
function wordsOnScreen(page: Page, words: string) {
  return page.evaluate((words) => {
    const target = document.querySelector(":target");
    const container = target?.closest(".para, section") ?? target;
    if (!container) return { target: undefined, found: false, onScreen: false };
    // The words may span several text nodes (a language span, a glossary correction): find them in the joined text.
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const text = nodes.map((node) => node.data).join("");
    const at = text.toLowerCase().indexOf(words.toLowerCase());
    if (at < 0) return { target: target?.id, found: false, onScreen: false };
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      if (at >= offset && at < offset + node.length) range.setStart(node, at - offset);
      const end = at + words.length;
      if (end > offset && end <= offset + node.length) range.setEnd(node, end - offset);
      offset += node.length;
    }
    const box = range.getBoundingClientRect();
    return { target: target?.id, found: true, onScreen: box.height > 0 && box.top >= 0 && box.bottom <= innerHeight };
  }, words);
}

/** The first transcript paragraph on the open episode page that says `words` (all of them). */
function firstParagraphSaying(page: Page, words: string[]) {
  return page.evaluate(
    (words) =>
      [...document.querySelectorAll(".transcript .para")].find((paragraph) =>
        words.every((word) => (paragraph.querySelector(".para-text")?.textContent ?? "").toLowerCase().includes(word.toLowerCase())),
      )?.id,
    words,
  );
}

const modes: Mode[] = ["search page", "header popup"];

/** [site, query, where the page says it: in its transcript, or only in a section (the heading's id), the words to see on screen]. */
const landings: [string, string, "transcript" | "summary-heading" | "takeaways-heading", string][] = [
  // The sample show's transcript has no times: results land on the paragraph itself.
  ["sample", "护城河", "transcript", "护城河"],
  ["sample", "黄埔军校", "transcript", "黄埔军校"],
  // Its summary says how the transcript was made; its takeaways name a head start the transcript never calls by that word.
  ["sample", "语音识别", "summary-heading", "语音识别"],
  ["sample", "先发优势", "takeaways-heading", "先发优势"],
  ["search-en", "pg_repack", "transcript", "pg_repack"],
  ["search-en", "autovacuum", "transcript", "autovacuum"],
  // Only the summary has all four words.
  ["search-en", "table index bloat PostgreSQL", "summary-heading", "table and index bloat in PostgreSQL"],
  ["timed", "templates", "transcript", "templates"],
  ["timed", "expensive gear", "summary-heading", "expensive gear"],
];

describe("a search result's main link", () => {
  for (const mode of modes) {
    it.each(landings)(`in the ${mode}: on the %s show, "%s" opens the episode where the words are (%s), with them on screen`, async (site, query, where, shown) => {
      const { page, result } = await firstResult(site, mode, query);
      const link = result.locator("a.search-result-link");
      const href = (await link.getAttribute("href")) ?? "";
      await link.click();
      await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
      const landed = await wordsOnScreen(page, shown);
      expect(landed, href).toMatchObject({ found: true, onScreen: true });
      if (where === "transcript") {
        // The first paragraph that says every word, linked as the page's own time link links it (?t= sets the player there).
        const terms = query.split(" ");
        const expected = await firstParagraphSaying(page, terms);
        expect(landed.target).toBe(expected);
        const pageLink = await page.evaluate((id) => document.querySelector(`#${id} a.time`)?.getAttribute("href") ?? `${location.pathname}#${id}`, expected!);
        expect(href).toBe(pageLink);
      } else {
        expect(landed.target).toBe(where);
      }
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it(`in the ${mode}: a moment's link sets the player to its time`, async () => {
      const { page, result } = await firstResult("timed", mode, "templates");
      const link = result.locator("a.search-result-link");
      const href = (await link.getAttribute("href")) ?? "";
      const seconds = Number(new URL(href, "http://x").searchParams.get("t"));
      expect(seconds).toBeGreaterThan(0);
      await link.click();
      await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
      await page.waitForFunction((t) => Math.abs((document.querySelector("audio")?.currentTime ?? -1) - t) < 0.5, seconds, { timeout: 5000 });
      expect(await page.evaluate(() => document.querySelector(".para.is-target")?.id)).toBe(new URL(href, "http://x").hash.slice(1));
      await page.close();
    });
  }

  it("keeps the keyboard: from the popup's box, ↓ reaches the main link and Enter opens the moment", async () => {
    const { page, result } = await firstResult("search-en", "header popup", "pg_repack");
    const href = await result.locator("a.search-result-link").getAttribute("href");
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("href"))).resolves.toBe(href);
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe("search-moment-link");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
    await page.close();
  });
});

/**
 * The label a moment should have, read from its episode page: the
 * paragraph's shown time and speaker, and the title of the last timed
 * chapter starting at or before it.
 */
async function labelOnPage(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return page.evaluate((id) => {
    const paragraph = document.getElementById(id)!;
    const time = paragraph.querySelector("a.time");
    const speaker = paragraph.querySelector(".speaker")?.textContent?.trim();
    const seconds = Number(new URL((time as HTMLAnchorElement | null)?.href ?? location.href).searchParams.get("t") ?? NaN);
    const chapter = [...document.querySelectorAll(".chapters li")]
      .filter((item) => Number(item.querySelector("a.time")?.getAttribute("data-t") ?? Infinity) <= seconds)
      .at(-1)
      ?.querySelector(".chapter-title")?.textContent;
    return [time?.textContent?.trim(), speaker, chapter].filter(Boolean).join(" · ");
  }, new URL(url).hash.slice(1));
}

describe("a search result's moments", () => {
  for (const mode of modes) {
    it.each([
      ["timed", "templates"],
      ["search-en", "pg_repack"],
      ["search-en", "autovacuum"],
    ])(`in the ${mode}: on the %s show, "%s" labels each moment by time, speaker and chapter, as its episode page shows them`, async (site, query) => {
      const { page, result } = await firstResult(site, mode, query);
      const origin = servers.get(site)!.origin;
      const where = (await result.locator(".search-result-where").textContent()) ?? "";
      const mainHref = (await result.locator("a.search-result-link").getAttribute("href")) ?? "";
      const moments = await result.locator("a.search-moment-link").evaluateAll((links) => links.map((link) => ({ text: link.textContent ?? "", href: link.getAttribute("href") ?? "", spoken: link.getAttribute("aria-label") })));
      expect(moments.length).toBeGreaterThan(0);
      const check = await newPage();
      expect(where).toBe(await labelOnPage(check, `${origin}${mainHref}`));
      for (const moment of moments) {
        expect(moment.text, moment.href).toBe(await labelOnPage(check, `${origin}${moment.href}`));
        // Three parts: a time, a speaker and a chapter.
        expect(moment.text.split(" · ")).toHaveLength(3);
      }
      await check.close();
      await page.close();
    });
  }

  it("reads the label out in words, in the show's language", async () => {
    const { page, result } = await firstResult("timed", "search page", "templates");
    // Written from the fixture: Travis says "templates" at 6:16, in the chapter "Guesting on other shows" (4:35–6:21); then at 7:33, in "Templates".
    await expect(result.locator(".search-result-where").textContent()).resolves.toBe("6:16 · Travis · Guesting on other shows");
    await expect(result.locator(".search-result-where").getAttribute("aria-hidden")).resolves.toBe("true");
    await expect(result.locator("a.search-result-link").getAttribute("aria-label")).resolves.toBe("10 things we wish we knew, 6:16, Travis, chapter: Guesting on other shows");
    const first = result.locator("a.search-moment-link").first();
    await expect(first.textContent()).resolves.toBe("7:33 · Travis · Templates");
    // A moment's link is named by the words it shows, read out in words (no "chapter:" between them, so voice control finds it).
    await expect(first.getAttribute("aria-label")).resolves.toBe("7:33, Travis, Templates");
    await page.close();

    const estimated = await firstResult("timed", "header popup", "frequency");
    await expect(estimated.result.locator(".search-result-where").textContent()).resolves.toMatch(/^≈ \d+:\d\d$/);
    await expect(estimated.result.locator("a.search-result-link").getAttribute("aria-label")).resolves.toMatch(/^An episode with estimated times, about \d+:\d\d$/);
    await estimated.page.close();

    const chinese = await firstResult("sample", "header popup", "语音识别");
    await expect(chinese.result.locator(".search-result-where").textContent()).resolves.toBe("简介");
    await expect(chinese.result.locator("a.search-result-link").getAttribute("aria-label")).resolves.toBe("AI 创业与投资：早期下注、护城河与人才（节选），简介");
    await chinese.page.close();
  });
});

describe("precision", () => {
  for (const mode of modes) {
    it(`in the ${mode}: a word no episode says shows no result`, async () => {
      const origin = servers.get("sample")!.origin;
      const page = await newPage();
      if (mode === "search page") {
        await page.goto(`${origin}/search/?q=${encodeURIComponent("量子计算")}`);
      } else {
        await page.goto(`${origin}/`);
        await page.keyboard.press("Control+k");
        await page.locator("dialog.search-dialog input").fill("量子计算");
      }
      await page.waitForFunction(() => /0|没有|未找到/.test(document.querySelector(".search-summary")?.textContent ?? ""));
      await expect(page.locator(".search-results .search-result").count()).resolves.toBe(0);
      await page.close();
    });
  }
});
