import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

/**
 * Moments, the player and the follow-along on the "timed" fixture show, whose
 * episode has a real SRT transcript (the Podcasting 2.0 example, 12:35 long)
 * and a generated tone as its audio.
 */
const episode = "/episodes/ten-things-we-wish-we-knew/";
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  const site = builtSite("timed");
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  // The audio's metadata is in once it knows its length.
  await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
  return page;
}

const currentTime = (page: Page) => page.evaluate(() => document.querySelector("audio")!.currentTime);
const isPaused = (page: Page) => page.evaluate(() => document.querySelector("audio")!.paused);
const highlighted = (page: Page, cls: string) => page.evaluate((c) => document.querySelector(`.para.${c}`)?.id, cls);
async function inViewport(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y < height;
}

describe("moment links and the player", () => {
  it("clicking a chapter time seeks the audio there and highlights that paragraph", async () => {
    const page = await open(episode);
    await page.locator('.chapters a[data-t="219"]').click();
    await page.waitForFunction(() => Math.abs(document.querySelector("audio")!.currentTime - 219) < 0.5, undefined, { timeout: 5000 });
    expect(Math.abs((await currentTime(page)) - 219)).toBeLessThan(0.5);
    expect(await highlighted(page, "is-current")).toBe("t219");
    expect(new URL(page.url()).search).toBe("?t=219");
    // Our own scroll to the moment does not count as the reader scrolling away.
    await page.waitForTimeout(400);
    expect(await page.locator(".resume-following").isVisible()).toBe(false);
    await page.close();
  });

  it("clicking a takeaway's cited time seeks the audio", async () => {
    const page = await open(episode);
    await page.locator('.takeaways a[data-t="77"]').click();
    await page.waitForFunction(() => Math.abs(document.querySelector("audio")!.currentTime - 77) < 0.5, undefined, { timeout: 5000 });
    expect(await highlighted(page, "is-current")).toBe("t53");
    await page.close();
  });

  for (const address of ["?t=380", "#t=380", "#t=6:20", "?t=380#t376"]) {
    it(`${address} lands on, highlights and cues the paragraph holding 6:20`, async () => {
      const page = await open(`${episode}${address}`);
      expect(await highlighted(page, "is-target")).toBe("t376");
      expect(await inViewport(page, "#t376")).toBe(true);
      await page.waitForFunction(() => Math.abs(document.querySelector("audio")!.currentTime - 380) < 0.5, undefined, { timeout: 5000 });
      expect(await isPaused(page)).toBe(true);
      await page.close();
    });
  }

  it("a range ?t=100,103 plays that span and stops at its end", async () => {
    const page = await open(`${episode}?t=100,103`);
    expect(await highlighted(page, "is-target")).toBe("t92");
    await page.waitForFunction(() => !document.querySelector("audio")!.paused, undefined, { timeout: 5000 });
    await page.waitForFunction(() => document.querySelector("audio")!.paused, undefined, { timeout: 8000 });
    const stoppedAt = await currentTime(page);
    expect(stoppedAt).toBeGreaterThanOrEqual(103);
    expect(stoppedAt).toBeLessThan(103.6);
    await page.close();
  });

  it("follows the audio, highlighting without reflow; stops following when the reader scrolls and resumes from a button", async () => {
    const page = await open(episode);
    const before = await page.locator("#t499").boundingBox();
    await page.evaluate(() => {
      const audio = document.querySelector("audio")!;
      audio.currentTime = 500;
      return audio.play();
    });
    await page.waitForFunction(() => document.querySelector("#t499")?.classList.contains("is-current"), undefined, { timeout: 5000 });
    // Followed: the current paragraph was scrolled to.
    await page.waitForFunction(() => {
      const box = document.querySelector("#t499")!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight * 0.6;
    }, undefined, { timeout: 5000 });
    const after = await page.locator("#t499").boundingBox();
    expect(after!.height).toBe(before!.height);
    expect(after!.width).toBe(before!.width);

    const resume = page.locator(".resume-following");
    expect(await resume.isVisible()).toBe(false);
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, -3000);
    await resume.waitFor({ state: "visible", timeout: 5000 });
    // The reader is now reading near the top of the page.
    await page.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
    await page.evaluate(() => (document.querySelector("audio")!.currentTime = 540));
    await page.waitForFunction(() => document.querySelector(".para.is-current")?.id === "t537", undefined, { timeout: 5000 });
    // Not followed while the reader reads elsewhere.
    expect(await inViewport(page, "#t537")).toBe(false);
    await resume.click();
    await page.waitForFunction(() => {
      const box = document.querySelector("#t537")!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight * 0.6;
    }, undefined, { timeout: 5000 });
    expect(await resume.isVisible()).toBe(false);
    // Scrolling with the keyboard stops following too.
    await page.locator("h1").click();
    await page.keyboard.press("End");
    await resume.waitFor({ state: "visible", timeout: 5000 });
    await page.close();
  });

  it("space and k play and pause, j and l skip 10 s, but not while typing in a field", async () => {
    const page = await open(`${episode}?t=200`);
    await page.waitForFunction(() => Math.abs(document.querySelector("audio")!.currentTime - 200) < 0.5);
    await page.locator("h1").click();
    await page.keyboard.press("k");
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    await page.keyboard.press("k");
    await page.waitForFunction(() => document.querySelector("audio")!.paused);
    await page.keyboard.press(" ");
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    await page.keyboard.press(" ");
    await page.waitForFunction(() => document.querySelector("audio")!.paused);
    const start = await currentTime(page);
    await page.keyboard.press("l");
    expect(await currentTime(page)).toBeCloseTo(start + 10, 0);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await currentTime(page)).toBeCloseTo(start - 10, 0);

    await page.evaluate(() => document.querySelector("main")!.append(Object.assign(document.createElement("input"), { id: "typing" })));
    await page.locator("#typing").fill("");
    await page.keyboard.type("kjl ");
    expect(await page.locator("#typing").inputValue()).toBe("kjl ");
    expect(await isPaused(page)).toBe(true);
    expect(await currentTime(page)).toBeCloseTo(start - 10, 0);
    await page.close();
  });

  it("copies a link to a paragraph's moment", async () => {
    const page = await open(episode);
    const button = page.locator("#t219 .copy-moment");
    // Made by the script, labelled from the transcript's strings with the paragraph's own time.
    expect(await button.textContent()).toBe("Copy link");
    expect(await button.getAttribute("aria-label")).toBe(`Copy link to this moment (${await page.locator("#t219 a.time").textContent()})`);
    expect(await page.locator(".copy-moment").count()).toBe(await page.locator(".para").count());
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.origin}${episode}?t=219#t219`);
    expect(await page.locator("moment-player [role=status]").textContent()).toBe("Link copied");
    await page.close();
  });
});

describe("with JavaScript off", () => {
  it("moment links still land on the right paragraph", async () => {
    const noJs = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}${episode}?t=380#t376`);
    expect(await page.locator(".para:target").getAttribute("id")).toBe("t376");
    expect(await inViewport(page, "#t376")).toBe(true);
    // Not hidden under the sticky player (scroll-margin-top leaves room for it).
    const player = await page.locator("moment-player").boundingBox();
    const target = await page.locator("#t376").boundingBox();
    expect(target!.y).toBeGreaterThanOrEqual(player!.y + player!.height - 1);
    // A moment link in the summary is a real link: following it lands too.
    await page.goto(`${server.origin}${episode}`);
    await page.locator('.summary a[data-t="698"]').click();
    await page.waitForURL(/\?t=698#t691$/);
    expect(await page.locator(".para:target").getAttribute("id")).toBe("t691");
    expect(await inViewport(page, "#t691")).toBe(true);
    // Copy buttons need the script, so without it the page has none.
    expect(await page.locator(".para").count()).toBeGreaterThan(0);
    expect(await page.locator(".copy-moment").count()).toBe(0);
    await noJs.close();
  });
});
