import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

/**
 * The subpath fixture show (`url: https://example.org/show/`) served the way
 * GitHub Pages serves a project site: dist/ answers under /show/ only, and
 * anything outside it is a 404. A listener browses, searches, plays and
 * opens the embed card; every request the browser makes must succeed.
 */
const PREFIX = "/show/";
const episode = `${PREFIX}episodes/ten-things-we-wish-we-knew/`;
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
/** Every response the browser got with a status of 400 or more, and every request that failed outright, with the page it was for. */
const failures: string[] = [];
/** Every path the browser asked the server for. */
const requested = new Set<string>();

beforeAll(async () => {
  server = await serveStatic(builtSite("subpath").outDir, { prefix: PREFIX });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== server.origin) return;
    requested.add(url.pathname);
    // The 404 page itself is asked for on purpose below; everything else must be found.
    if (response.status() >= 400 && !url.pathname.startsWith(`${PREFIX}no-such-page`)) failures.push(`${response.status()} ${url.pathname}${url.search}`);
  });
  context.on("requestfailed", (request) => {
    // A media element that stops loading once it has what it needs (or is paused) aborts its range request, and the
    // browser drops its low-priority icon request when a test leaves the page before it is answered: neither is a
    // missing file (a missing one is answered 404, which the handler above counts).
    const aborted = request.failure()?.errorText === "net::ERR_ABORTED";
    if (aborted && (request.resourceType() === "media" || new URL(request.url()).pathname === `${PREFIX}favicon.svg`)) return;
    failures.push(`failed ${request.url()} (${request.failure()?.errorText})`);
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page & { errors: string[] }> {
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** The element the address's fragment points at, its text and whether it is on screen. */
function landing(page: Page) {
  return page.evaluate(() => {
    const target = document.querySelector(":target");
    const box = target?.getBoundingClientRect();
    return { id: target?.id, text: target?.textContent ?? "", onScreen: !!box && box.top > -2 && box.top < innerHeight };
  });
}

describe("a show served under /show/, as a GitHub Pages project site", () => {
  it("the server refuses what is outside /show/, so a link that forgot the path would be caught", async () => {
    const response = await fetch(`${server.origin}/episodes/ten-things-we-wish-we-knew/`);
    expect(response.status).toBe(404);
    expect((await fetch(`${server.origin}${episode}`)).status).toBe(200);
  });

  it("goes from the home page to an episode, and through the pages of older episodes", async () => {
    const page = await open(PREFIX);
    await expect(page.locator("h1").textContent()).resolves.toBe("Podcasting Q&A on a Project Site");
    // Astro's own stylesheet came from /show/_astro/ and applies.
    expect([...requested].some((path) => path.startsWith(`${PREFIX}_astro/`) && path.endsWith(".css"))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).display)).not.toBe("inline");

    await page.locator(".episode-list a", { hasText: "10 things we wish we knew" }).click();
    await page.waitForURL(`${server.origin}${episode}`);
    await expect(page.locator("h1").textContent()).resolves.toBe("10 things we wish we knew");

    await page.locator(".site-title").click();
    await page.waitForURL(`${server.origin}${PREFIX}`);
    await page.locator('.pagination a[rel="next"]').click();
    await page.waitForURL(`${server.origin}${PREFIX}2/`);
    // 21 episodes, 20 a page: the oldest is on page 2, and its link opens it.
    const oldest = page.locator(".episode-list a").first();
    const title = await oldest.textContent();
    await oldest.click();
    await page.waitForURL(/\/show\/episodes\/[^/]+\/$/);
    await expect(page.locator("h1").textContent()).resolves.toBe(title);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("finds spoken words through the header search and lands on the moment they were said, player set there", async () => {
    const page = await open(PREFIX);
    await page.keyboard.press("Control+k");
    const input = page.locator("dialog.search-dialog input");
    await input.waitFor();
    await input.fill("templates");
    const moment = page.locator("dialog.search-dialog .search-results a.search-moment-link").first();
    await moment.waitFor();
    const href = (await moment.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/show\/episodes\/ten-things-we-wish-we-knew\/\?t=\d+#t\d+$/);
    // Pagefind's bundle and our precise query module were loaded from under /show/.
    expect(requested.has(`${PREFIX}pagefind/precise/pagefind.js`)).toBe(true);
    expect([...requested].some((path) => path.startsWith(`${PREFIX}pagefind/`) && path.endsWith(".pf_meta"))).toBe(true);
    await moment.click();
    await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
    const landed = await landing(page);
    expect(landed.text.toLowerCase()).toContain("templates");
    expect(landed.onScreen).toBe(true);
    const seconds = Number(new URL(href, server.origin).searchParams.get("t"));
    await page.waitForFunction((t) => Math.abs((document.querySelector("audio")?.currentTime ?? -1) - t) < 0.5, seconds, { timeout: 5000 });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("the search page at /show/search/?q= runs the query and its results open under /show/", async () => {
    const page = await open(`${PREFIX}search/?q=batch`);
    const result = page.locator(".search-results a.search-result-link").first();
    await result.waitFor();
    expect(new URL((await result.getAttribute("href")) ?? "", server.origin).pathname.startsWith(`${PREFIX}episodes/`)).toBe(true);
    const moment = page.locator(".search-results a.search-moment-link").first();
    const href = (await moment.getAttribute("href")) ?? "";
    await moment.click();
    await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
    expect((await landing(page)).text.toLowerCase()).toContain("batch");
    await page.close();
  });

  it("plays the episode's audio from /show/, and a chapter time seeks it", async () => {
    const page = await open(episode);
    await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => new URL(document.querySelector("audio")!.currentSrc).pathname)).toBe(`${PREFIX}audio/tone.wav`);
    await page.evaluate(() => document.querySelector("audio")!.play());
    await page.waitForFunction(() => document.querySelector("audio")!.currentTime > 0.2, undefined, { timeout: 5000 });
    await page.locator('.chapters a[data-t="219"]').click();
    await page.waitForFunction(() => Math.abs(document.querySelector("audio")!.currentTime - 219) < 1, undefined, { timeout: 5000 });
    expect(new URL(page.url()).pathname).toBe(episode);
    await page.evaluate(() => document.querySelector("audio")!.pause());

    // The self-hosted trailer, published next to its page.
    const trailer = await open(`${PREFIX}episodes/do-you-need-a-trailer/`);
    await trailer.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1, undefined, { timeout: 10_000 });
    expect(await trailer.evaluate(() => new URL(document.querySelector("audio")!.currentSrc).pathname)).toBe(`${PREFIX}episodes/do-you-need-a-trailer/trailer.wav`);
    await trailer.close();
    await page.close();
  });

  it("a shared moment link (?t= and #t=) lands on its paragraph", async () => {
    for (const address of ["?t=380", "#t=6:20"]) {
      const page = await open(`${episode}${address}`);
      await page.waitForFunction(() => document.querySelector(".para.is-target")?.id === "t376", undefined, { timeout: 5000 });
      await page.waitForFunction(() => Math.abs((document.querySelector("audio")?.currentTime ?? -1) - 380) < 0.5, undefined, { timeout: 5000 });
      await page.close();
    }
  });

  it("the embed card and its oEmbed file load, and the card links back to the episode under /show/", async () => {
    const page = await open(episode);
    const oembed = (await page.locator('link[type="application/json+oembed"]').getAttribute("href")) ?? "";
    // The discovery link names the public address; here it is served from the same path.
    const served = `${server.origin}${new URL(oembed).pathname}`;
    const json = (await (await fetch(served)).json()) as { html: string };
    const src = /src="([^"]+)"/.exec(json.html)?.[1] ?? "";
    expect(new URL(src).pathname).toBe(`${PREFIX}embed/ten-things-we-wish-we-knew/`);
    await page.close();

    const card = await open(new URL(src).pathname);
    await expect(card.locator("h1").textContent()).resolves.toBe("10 things we wish we knew");
    expect(new URL((await card.locator("h1 a").getAttribute("href")) ?? "").pathname).toBe(episode);
    await card.close();

    // Inside someone's page, in an iframe.
    const host = await context.newPage();
    await host.goto(`${server.origin}${PREFIX}`);
    await host.evaluate((address) => {
      const frame = document.createElement("iframe");
      frame.src = address;
      document.body.append(frame);
    }, `${server.origin}${new URL(src).pathname}`);
    const frame = host.frameLocator("iframe");
    await expect(frame.locator("h1").textContent()).resolves.toBe("10 things we wish we knew");
    await host.close();
  });

  it("the 404 page, shown at any missing address under /show/, has its styles and a way home", async () => {
    const page = await open(`${PREFIX}no-such-page/deeper/`);
    await expect(page.locator("h1").textContent()).resolves.toBeTruthy();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).display)).not.toBe("inline");
    await page.locator("main a", { hasText: /home/i }).click();
    await page.waitForURL(`${server.origin}${PREFIX}`);
    await page.close();
  });

  it("an old episode address forwards to the episode under /show/", async () => {
    const page = await open(`${PREFIX}2020/10/ten-things.html`);
    await page.waitForURL(`${server.origin}${episode}`);
    await page.close();
  });

  it("asked for nothing outside /show/, and nothing it asked for was missing", () => {
    expect([...requested].filter((path) => !path.startsWith(PREFIX))).toEqual([]);
    expect(failures).toEqual([]);
    expect(requested.size).toBeGreaterThan(10);
  });
});
