import { gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(server: StaticServer, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.origin}${path}`);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/** The element the address's fragment points at, and whether it is on screen. */
function landing(page: Page) {
  return page.evaluate(() => {
    const target = document.querySelector(":target");
    const box = target?.getBoundingClientRect();
    return { id: target?.id, text: target?.textContent ?? "", onScreen: !!box && box.top > -2 && box.top < innerHeight };
  });
}

describe("search on the sample show (Chinese)", () => {
  const sample = builtSite("sample");
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(sample.outDir);
  });
  afterAll(() => server?.close());

  it("opens with Ctrl+K from the home page, finds 护城河 and lands on the paragraph where it was said", async () => {
    const page = await openPage(server, "/");
    server.transferred.clear();
    await page.keyboard.press("Control+k");
    const input = page.locator("dialog.search-dialog input");
    await input.waitFor();
    await input.fill("护城河");
    const moment = page.locator("dialog.search-dialog .search-results a.search-result-link").first();
    await moment.waitFor();
    await expect(page.locator("dialog.search-dialog .search-results .search-result").count()).resolves.toBe(1);

    // Budget: everything the first query fetched, the panel's code included; none of Pagefind's own UI.
    // The browser's own favicon probe may land in this window; it is not the query's.
    const fetched = [...server.transferred.entries()].filter(([path]) => path !== "/favicon.ico");
    const raw = fetched.reduce((sum, [, bytes]) => sum + bytes, 0);
    let compressed = 0;
    for (const [path] of fetched) compressed += gzipSync(await readFile(join(sample.outDir, path))).length;
    console.log(`first query: ${fetched.length} files, ${raw} bytes as served, ${compressed} bytes gzip-compressed`);
    expect(fetched.map(([path]) => path).filter((path) => /pagefind-(component-)?ui|modular-ui/.test(path))).toEqual([]);
    const searchData = fetched.filter(([path]) => path.startsWith("/pagefind/")).reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`of which Pagefind runtime and index: ${searchData} bytes`);
    expect(searchData).toBeLessThan(150_000);
    expect(compressed).toBeLessThan(150_000);

    const href = await moment.getAttribute("href");
    expect(href).toMatch(/^\/episodes\/ai-startups-moats-and-talent\/#p\d+$/);
    await moment.click();
    await page.waitForURL(/\/episodes\/ai-startups-moats-and-talent\/#p\d+$/);
    const landed = await landing(page);
    expect(`#${landed.id}`).toBe(new URL(href ?? "", server.origin).hash);
    expect(landed.text).toContain("护城河");
    expect(landed.onScreen).toBe(true);
    // Untimed paragraphs are highlighted by the page's `.para:target` style.
    const highlight = await page.evaluate(() => getComputedStyle(document.querySelector(".para:target")!).boxShadow);
    expect(highlight).not.toBe("none");
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("shows no results and no count for words no episode says", async () => {
    const page = await openPage(server, `/search/?q=${encodeURIComponent("量子计算")}`);
    await expect(page.locator(".search-summary")).toBeDefined();
    await page.waitForFunction(() => /0|没有|未找到/.test(document.querySelector(".search-summary")?.textContent ?? ""));
    await expect(page.locator(".search-results .search-result").count()).resolves.toBe(0);
    await page.close();
  });
});

describe("search on an English show", () => {
  const english = builtSite("search-en");
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(english.outDir);
  });
  afterAll(() => server?.close());

  it("runs the query in the address, keeps the address in step, and a moment opens at its time", async () => {
    const page = await openPage(server, "/search/?q=pg_repack");
    // The main link lands on the first moment pg_repack is said; the line under it says where.
    const moment = page.locator(".search-results a.search-result-link").first();
    await moment.waitFor();
    await expect(page.locator(".search-results .search-result-where").first().textContent()).resolves.toBe("16:26 · Chelsea · Measuring it, and what to do");
    await expect(moment.getAttribute("href")).resolves.toBe("/episodes/postgres-bloat/?t=986#t986");

    await page.locator("search-page input[type=search]").fill("rookie");
    await page.locator(".search-results a.search-result-link").first().waitFor();
    await page.waitForURL(/\/search\/\?q=rookie$/);
    await page.goBack().catch(() => undefined);

    await page.goto(`${server.origin}/search/?q=pg_repack`);
    await page.locator(".search-results a.search-result-link").first().click();
    await page.waitForURL(/\/episodes\/postgres-bloat\/\?t=986#t986$/);
    const landed = await landing(page);
    expect(landed).toMatchObject({ id: "t986", onScreen: true });
    expect(landed.text).toContain("pg_repack");
    await page.close();
  });
});

describe("sorting search results on an English show", () => {
  const english = builtSite("search-en");
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(english.outDir);
  });
  afterAll(() => server?.close());

  /** Result pages in the order shown, once `count` are shown. */
  async function shown(page: Page, count: number): Promise<string[]> {
    await page.waitForFunction((n) => document.querySelectorAll(".search-results a.search-result-link").length === n, count);
    return page.locator(".search-results a.search-result-link").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  }

  it("offers relevance / newest first, keeps the choice in the address (&sort=date) and hands it to the query path", async () => {
    // Newest first, from the address: postgres-bloat is 2022, rookie-mistakes 2021 (the fixture's front matter).
    const page = await openPage(server, "/search/?q=the&sort=date");
    const select = page.locator("search-page .search-sort select");
    await expect(select.isVisible()).resolves.toBe(true);
    await expect(select.inputValue()).resolves.toBe("date");
    await expect(page.locator("search-page .search-sort").textContent()).resolves.toContain("Newest first");
    expect(await shown(page, 2)).toEqual(["/episodes/postgres-bloat/", "/episodes/rookie-mistakes/"]);
    // This fixture's relevance order is also newest first, so check what the UI hands the query path
    // (tests/site/search-index.test.ts checks that the precise path orders by it).
    const sortAsked = () =>
      page.evaluate(() => (document.querySelector("search-page") as HTMLElement & { query: { sort: unknown } }).query.sort);
    await expect(sortAsked()).resolves.toEqual({ date: "desc" });

    await select.selectOption("");
    await page.waitForURL((url) => url.search === "?q=the");
    await expect(sortAsked()).resolves.toEqual({});
    expect((await shown(page, 2)).sort()).toEqual(["/episodes/postgres-bloat/", "/episodes/rookie-mistakes/"]);

    await select.selectOption("date");
    await page.waitForURL((url) => url.search === "?q=the&sort=date");
    expect(await shown(page, 2)).toEqual(["/episodes/postgres-bloat/", "/episodes/rookie-mistakes/"]);
    // A new query keeps the sort in the address.
    await page.locator("search-page input[type=search]").fill("rookie");
    await page.waitForURL((url) => url.searchParams.get("q") === "rookie" && url.searchParams.get("sort") === "date");
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});

describe("the search panel's own controls, on an English show", () => {
  const english = builtSite("search-en");
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(english.outDir);
  });
  afterAll(() => server?.close());

  it("narrows results with a filter, each choice counted over the current results", async () => {
    const page = await openPage(server, "/search/?q=the");
    await page.waitForFunction(() => document.querySelectorAll("search-page a.search-result-link").length === 2);
    // The fixture's front matter: postgres-bloat is dated 2022, rookie-mistakes 2021.
    const year = page.locator("search-page .search-filter select[name=year]");
    await expect(year.locator("option").allTextContents()).resolves.toEqual(["All", "2021 (1)", "2022 (1)"]);
    await year.selectOption("2021");
    await page.waitForFunction(() => document.querySelectorAll("search-page a.search-result-link").length === 1);
    await expect(page.locator("search-page a.search-result-link").getAttribute("href")).resolves.toMatch(/^\/episodes\/rookie-mistakes\//);
    await expect(page.locator("search-page .search-summary").textContent()).resolves.toBe("1 result for “the”");
    await year.selectOption("");
    await page.waitForFunction(() => document.querySelectorAll("search-page a.search-result-link").length === 2);
    // No words, only a filter: every episode it keeps, titled as its page is.
    await page.locator("search-page input[type=search]").fill("");
    await page.waitForFunction(() => document.querySelectorAll("search-page a.search-result-link").length === 0);
    await page.locator("search-page .search-filter select[name=tag]").selectOption("advice");
    await page.waitForFunction(() => document.querySelectorAll("search-page a.search-result-link").length === 1);
    await expect(page.locator("search-page .search-summary").textContent()).resolves.toBe("1 result for “advice”");
    const browsed = page.locator("search-page a.search-result-link");
    const title = await browsed.textContent();
    await browsed.click();
    await page.waitForURL(/\/episodes\/rookie-mistakes\/$/);
    await expect(page.locator("h1").textContent()).resolves.toBe(title);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("the popup is a modal dialog: Escape closes it and gives focus back; it reopens with its query", async () => {
    const page = await openPage(server, "/episodes/postgres-bloat/");
    await page.locator("search-box a").focus();
    await page.keyboard.press("Enter");
    const dialog = page.locator("dialog.search-dialog");
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.matches("dialog.search-dialog input"))).resolves.toBe(true);
    await expect(dialog.getAttribute("aria-label")).resolves.toBe("Search");
    await page.keyboard.type("pg_repack");
    await dialog.locator("a.search-result-link").first().waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(page.evaluate(() => document.activeElement?.closest("search-box") !== null)).resolves.toBe(true);
    await page.keyboard.press("Control+k");
    await dialog.waitFor();
    await expect(dialog.locator("input").inputValue()).resolves.toBe("pg_repack");
    await expect(dialog.locator("a.search-result-link").count()).resolves.toBe(1);
    // The close button works too, and is named for a screen reader; so does a click beside the popup.
    await dialog.locator("button.search-close[aria-label=Close]").click();
    await dialog.waitFor({ state: "hidden" });
    await page.keyboard.press("Control+k");
    await dialog.waitFor();
    await page.mouse.click(5, 890);
    await dialog.waitFor({ state: "hidden" });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});

describe("search on a show with audio (the timed fixture)", () => {
  const timed = builtSite("timed");
  let server: StaticServer;
  beforeAll(async () => {
    // The episode's audio is a generated tone, as in tests/browser/moments.browser.test.ts.
    server = await serveStatic(timed.outDir);
  });
  afterAll(() => server?.close());

  it("a result's moment opens the episode with that paragraph highlighted and the player set to its time", async () => {
    const page = await openPage(server, "/search/?q=templates");
    const moment = page.locator(".search-results a.search-result-link").first();
    await moment.waitFor();
    await expect(page.locator(".search-results .search-result-where").first().textContent()).resolves.toBe("6:16 · Travis · Guesting on other shows");
    await moment.click();
    await page.waitForURL(/\/episodes\/ten-things-we-wish-we-knew\/\?t=376#t376$/);
    await page.waitForFunction(() => Math.abs((document.querySelector("audio")?.currentTime ?? -1) - 376) < 0.5, undefined, { timeout: 5000 });
    expect(await page.evaluate(() => document.querySelector(".para.is-target")?.id)).toBe("t376");
    expect(await landing(page)).toMatchObject({ id: "t376", onScreen: true });
    await page.close();
  });

  it("a hit in a transcript with estimated times shows ≈ time and opens at the page's own moment link", async () => {
    const page = await openPage(server, "/search/?q=frequency");
    const moment = page.locator(".search-results a.search-result-link").first();
    await moment.waitFor();
    await expect(page.locator(".search-results .search-result-where").first().textContent()).resolves.toMatch(/^≈ \d+:\d\d$/);
    const href = (await moment.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/episodes\/estimated-times\/\?t=\d+#p\d+$/);
    await moment.click();
    await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
    const id = href.split("#")[1];
    // The page's own time link for the paragraph we landed on is the same link.
    expect(await page.evaluate((paragraph) => document.querySelector(`#${paragraph} a.time`)?.getAttribute("href"), id)).toBe(href);
    expect(await landing(page)).toMatchObject({ id, onScreen: true });
    await page.close();
  });

  it("says when the header popup checked fewer candidates than Pagefind found, with a link to the full search page", async () => {
    const page = await openPage(server, "/");
    await page.keyboard.press("Control+k");
    const input = page.locator("dialog.search-dialog input");
    await input.waitFor();
    // "episode" is in more than 5 of this show's 24 episodes: more than the popup checks.
    await input.fill("episode");
    const note = page.locator("dialog.search-dialog .search-partial");
    await note.waitFor({ state: "visible" });
    await expect(note.textContent()).resolves.toContain("there may be more");
    await expect(note.locator("a").getAttribute("href")).resolves.toBe("/search/?q=episode");
    // A query the popup checked in full: no note.
    await input.fill("guest");
    await note.waitFor({ state: "hidden" });
    await input.fill("episode");
    await note.waitFor({ state: "visible" });
    await note.locator("a").click();
    await page.waitForURL(/\/search\/\?q=episode$/);
    await page.locator(".search-results a.search-result-link").first().waitFor();
    // The full page checks more candidates (50) than the popup (5).
    await page.waitForFunction(() => /^\d+ results/.test(document.querySelector(".search-summary")?.textContent ?? ""));
    const count = Number(/^(\d+)/.exec((await page.locator(".search-summary").textContent()) ?? "")?.[1]);
    expect(count).toBeGreaterThan(20);
    await page.close();
  });
});

describe("the header search's shortcut", () => {
  const english = builtSite("search-en");
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(english.outDir);
  });
  afterAll(() => server?.close());

  it.each([
    ["a Mac (User-Agent Client Hints)", { userAgentData: { platform: "macOS" } }, "⌘K"],
    ["an iPad (navigator.platform, no Client Hints)", { userAgentData: null, platform: "iPad" }, "⌘K"],
    ["Linux", { userAgentData: { platform: "Linux" }, platform: "Linux x86_64" }, "Ctrl K"],
  ] as const)("reads right on %s", async (_name, platform, shown) => {
    const page = await browser.newPage();
    await page.addInitScript((fake) => {
      for (const [key, value] of Object.entries(fake)) Object.defineProperty(Navigator.prototype, key, { get: () => value, configurable: true });
    }, platform as Record<string, unknown>);
    await page.goto(`${server.origin}/episodes/postgres-bloat/`);
    await page.waitForFunction(() => customElements.get("search-box") !== undefined);
    await expect(page.locator("search-box kbd").textContent()).resolves.toBe(shown);
    await page.close();
  });
});
