import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { en } from "../../src/i18n/en.ts";
import { launchBrowser } from "../support/browser.ts";
import { repoRoot } from "../support/build-site.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

/**
 * The episode player on the "timed" fixture show: the long episode plays a
 * generated 760 s tone (tests/global-setup.ts) and has six timed chapters;
 * the trailer episode plays a one-second tone. Expected chapter times and
 * titles are read from the page's own chapters list, so they follow the
 * fixture.
 */
const episode = "/episodes/ten-things-we-wish-we-knew/";
const otherEpisode = "/episodes/do-you-need-a-trailer/";
const positionKey = `shownotes:position:${episode}`;
const screenshots = join(repoRoot, "test-results/screenshots");
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(builtSite("timed").outDir);
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh listener: their own storage, and a record of the Media Session handlers the page registers. */
async function listener(options: { width?: number } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 } });
  await context.addInitScript(() => {
    const handlers: Record<string, MediaSessionActionHandler | null> = {};
    (window as unknown as { mediaSessionHandlers: typeof handlers }).mediaSessionHandlers = handlers;
    const register = MediaSession.prototype.setActionHandler;
    MediaSession.prototype.setActionHandler = function (action, handler) {
      handlers[action] = handler;
      register.call(this, action, handler);
    };
  });
  return context;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  // The audio's metadata is in once it knows its length.
  await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
  return page;
}

const currentTime = (page: Page) => page.evaluate(() => document.querySelector("audio")!.currentTime);
const setTime = (page: Page, seconds: number) => page.evaluate((t) => (document.querySelector("audio")!.currentTime = t), seconds);
const waitForTime = (page: Page, seconds: number) =>
  page.waitForFunction((t) => Math.abs(document.querySelector("audio")!.currentTime - t) < 0.5, seconds, { timeout: 5000 });
/** The chapters as the page's chapters list shows them. */
const pageChapters = (page: Page) =>
  page.$$eval(".chapters li", (items) =>
    items.map((li) => ({ start: Number(li.querySelector("a[data-t]")!.getAttribute("data-t")), title: li.querySelector(".chapter-title")!.textContent })),
  );

describe("the player's controls", () => {
  it("replace the browser's own, with every control named", async () => {
    const context = await listener();
    const page = await open(context, episode);
    expect(await page.evaluate(() => document.querySelector("audio")!.controls)).toBe(false);
    expect(await page.locator("audio").isVisible()).toBe(false);
    for (const name of [en.play, en.skipBack(15), en.skipForward(30)]) {
      const button = page.getByRole("button", { name, exact: true });
      expect(await button.isVisible()).toBe(true);
      expect(await button.evaluate((el) => el.tagName)).toBe("BUTTON");
    }
    expect(await page.getByRole("slider", { name: en.progress }).isVisible()).toBe(true);
    expect(await page.getByRole("combobox", { name: en.playbackSpeed }).isVisible()).toBe(true);
    await context.close();
  });

  it("play and pause, and say which they will do", async () => {
    const context = await listener();
    const page = await open(context, episode);
    await page.getByRole("button", { name: en.play, exact: true }).click();
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    await page.getByRole("button", { name: en.pause, exact: true }).click();
    await page.waitForFunction(() => document.querySelector("audio")!.paused);
    // The label changes on the audio's "pause" event, which comes a moment after `paused` turns true.
    await page.getByRole("button", { name: en.play, exact: true }).waitFor({ timeout: 5_000 });
    expect(await page.getByRole("button", { name: en.play, exact: true }).count()).toBe(1);
    await context.close();
  });

  it("skip back 15 s and forward 30 s", async () => {
    const context = await listener();
    const page = await open(context, episode);
    await setTime(page, 100);
    await page.getByRole("button", { name: en.skipBack(15) }).click();
    await waitForTime(page, 85);
    await page.getByRole("button", { name: en.skipForward(30) }).click();
    await page.getByRole("button", { name: en.skipForward(30) }).click();
    await waitForTime(page, 145);
    // Not before the start.
    await setTime(page, 5);
    await page.getByRole("button", { name: en.skipBack(15) }).click();
    await waitForTime(page, 0);
    await context.close();
  });

  it("show the time, and say the position in words on the progress bar; dragging it seeks", async () => {
    const context = await listener();
    const page = await open(context, episode);
    const bar = page.getByRole("slider", { name: en.progress });
    await setTime(page, 754);
    await page.waitForFunction(() => document.querySelector("moment-player .elapsed")!.textContent === "12:34");
    expect(await page.locator("moment-player .total").textContent()).toBe("12:40");
    expect(await bar.getAttribute("aria-valuetext")).toBe("12 minutes 34 seconds of 12 minutes 40 seconds");
    // The keyboard moves it as any range input.
    await setTime(page, 60);
    await waitForTime(page, 60);
    await bar.focus();
    await page.keyboard.press("ArrowRight");
    await waitForTime(page, 61);
    await bar.fill("300");
    await waitForTime(page, 300);
    await context.close();
  });

  it("change the speed, and the next episode plays at that speed too", async () => {
    const context = await listener();
    const page = await open(context, episode);
    await page.getByRole("combobox", { name: en.playbackSpeed }).selectOption("1.5");
    expect(await page.evaluate(() => document.querySelector("audio")!.playbackRate)).toBe(1.5);
    const other = await open(context, otherEpisode);
    expect(await other.evaluate(() => document.querySelector("audio")!.playbackRate)).toBe(1.5);
    expect(await other.getByRole("combobox", { name: en.playbackSpeed }).inputValue()).toBe("1.5");
    // Every speed a podcast app offers, from 0.75× to 2×.
    expect(await other.locator("moment-player .speed option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual([
      "0.75", "1", "1.25", "1.5", "1.75", "2",
    ]);
    await context.close();
  });

  it("keep the keyboard keys: k plays and pauses, l and j skip 10 s, also on the progress bar", async () => {
    const context = await listener();
    const page = await open(context, `${episode}?t=200`);
    await waitForTime(page, 200);
    await page.locator("h1").click();
    await page.keyboard.press("k");
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    await page.keyboard.press("k");
    await page.waitForFunction(() => document.querySelector("audio")!.paused);
    const start = await currentTime(page);
    await page.keyboard.press("l");
    expect(await currentTime(page)).toBeCloseTo(start + 10, 0);
    await page.keyboard.press("j");
    expect(await currentTime(page)).toBeCloseTo(start, 0);
    // On the progress bar too (its arrows seek; the player's keys still work).
    await page.getByRole("slider", { name: en.progress }).focus();
    await page.keyboard.press("k");
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    await page.keyboard.press(" ");
    await page.waitForFunction(() => document.querySelector("audio")!.paused);
    await context.close();
  });
});

describe("chapters in the player", () => {
  it("are marked on the progress bar where each starts", async () => {
    const context = await listener();
    const page = await open(context, episode);
    const chapters = await pageChapters(page);
    const duration = await page.evaluate(() => document.querySelector("audio")!.duration);
    expect(chapters.length).toBeGreaterThan(1);
    const track = (await page.locator("moment-player .marks").boundingBox())!;
    const marks = page.locator("moment-player .mark");
    expect(await marks.count()).toBe(chapters.length);
    for (const [index, chapter] of chapters.entries()) {
      const box = (await marks.nth(index).boundingBox())!;
      const at = (box.x + box.width / 2 - track.x) / track.width;
      expect({ chapter: chapter.title, at }).toEqual({ chapter: chapter.title, at: expect.closeTo(chapter.start / duration, 2) });
    }
    await context.close();
  });

  it("name the chapter playing, and follow a seek", async () => {
    const context = await listener();
    const page = await open(context, episode);
    const chapters = await pageChapters(page);
    const title = page.locator("moment-player .now-title");
    for (const chapter of [chapters[2]!, chapters[chapters.length - 1]!, chapters[0]!]) {
      await setTime(page, chapter.start + 5);
      await page.waitForFunction((t) => document.querySelector("moment-player .now-title")!.textContent === t, chapter.title);
      expect(await page.locator("moment-player .now-chapter").isVisible()).toBe(true);
    }
    await page.getByRole("button", { name: en.play, exact: true }).click();
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    expect(await title.textContent()).toBe(chapters[0]!.title);
    await context.close();
  });
});

describe("the listening position", () => {
  it("is saved while playing and on pause, and offered on the next visit; the offer resumes there", async () => {
    const context = await listener();
    const page = await open(context, episode);
    await setTime(page, 200);
    await page.getByRole("button", { name: en.play, exact: true }).click();
    // Saved every few seconds while it plays, without pausing.
    await page.waitForFunction((key) => Number(localStorage.getItem(key)) >= 200, positionKey, { timeout: 10000 });
    await page.getByRole("button", { name: en.pause, exact: true }).click();
    // Saved on the audio's "pause" event, which comes a moment after `paused` turns true.
    await page.waitForFunction(
      (key) => document.querySelector("audio")!.paused && Number(localStorage.getItem(key)) === Math.floor(document.querySelector("audio")!.currentTime),
      positionKey,
      { timeout: 5_000 },
    );
    const saved = Number(await page.evaluate((key) => localStorage.getItem(key), positionKey));
    expect(saved).toBe(Math.floor(await currentTime(page)));

    await page.reload();
    await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
    const offer = page.locator("moment-player .resume-position");
    expect(await offer.isVisible()).toBe(true);
    const clock = `${Math.floor(saved / 60)}:${String(saved % 60).padStart(2, "0")}`;
    expect(await offer.textContent()).toBe(en.resumeFrom(clock));
    expect(await currentTime(page)).toBe(0);
    await offer.click();
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    expect(await currentTime(page)).toBeGreaterThanOrEqual(saved);
    expect(await currentTime(page)).toBeLessThan(saved + 2);
    // Hidden on the "play" event, which comes a moment after `paused` turns false.
    await offer.waitFor({ state: "hidden", timeout: 5_000 });
    expect(await offer.isVisible()).toBe(false);
    await context.close();
  });

  it("is saved when the listener leaves the page while it plays", async () => {
    const context = await listener();
    const page = await open(context, episode);
    await setTime(page, 400);
    await page.getByRole("button", { name: en.play, exact: true }).click();
    await page.waitForFunction(() => document.querySelector("audio")!.currentTime > 401);
    // Leaving within the first seconds of playing: only the page-hide save catches it.
    expect(await page.evaluate((key) => localStorage.getItem(key), positionKey)).toBeNull();
    await page.goto(`${server.origin}/`);
    expect(Number(await page.evaluate((key) => localStorage.getItem(key), positionKey))).toBeGreaterThanOrEqual(401);
    await context.close();
  });

  it("gives way to a ?t= link: no offer, and the link's moment is where the audio waits", async () => {
    const context = await listener();
    const page = await open(context, episode);
    await page.evaluate((key) => localStorage.setItem(key, "500"), positionKey);
    await page.goto(`${server.origin}${episode}?t=380`);
    await waitForTime(page, 380);
    expect(await page.locator("moment-player .resume-position").isVisible()).toBe(false);
    // Only opening the link, without playing, keeps the position for another visit.
    await page.goto(`${server.origin}${episode}`);
    await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
    expect(await page.locator("moment-player .resume-position").textContent()).toBe(en.resumeFrom("8:20"));
    await context.close();
  });

  it("is forgotten once the episode is finished", async () => {
    const context = await listener();
    const page = await open(context, episode);
    await page.evaluate((key) => localStorage.setItem(key, "500"), positionKey);
    await page.evaluate(() => {
      const audio = document.querySelector("audio")!;
      audio.currentTime = audio.duration - 1.5;
      return audio.play();
    });
    await page.waitForFunction(() => document.querySelector("audio")!.ended, undefined, { timeout: 8000 });
    expect(await page.evaluate((key) => localStorage.getItem(key), positionKey)).toBeNull();
    await page.reload();
    await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
    expect(await page.locator("moment-player .resume-position").isVisible()).toBe(false);
    await context.close();
  });
});

describe("the lock screen and headphone buttons (Media Session)", () => {
  it("show the episode and the show", async () => {
    const context = await listener();
    const page = await open(context, episode);
    const metadata = await page.evaluate(() => {
      const { title, artist, album } = navigator.mediaSession.metadata!;
      return { title, artist, album };
    });
    const show = await page.locator(".site-title").textContent();
    expect(metadata).toEqual({ title: await page.locator("h1").textContent(), artist: show, album: show });
    await context.close();
  });

  it("seek, play and pause, and walk the chapters with previous/next", async () => {
    const context = await listener();
    const page = await open(context, episode);
    const chapters = await pageChapters(page);
    const act = (action: string, details: Partial<MediaSessionActionDetails> = {}) =>
      page.evaluate(
        ([name, extra]) => {
          const handlers = (window as unknown as { mediaSessionHandlers: Record<string, MediaSessionActionHandler | null> }).mediaSessionHandlers;
          handlers[name as string]!({ action: name as MediaSessionAction, ...(extra as object) });
        },
        [action, details] as const,
      );
    await act("seekto", { seekTime: 250 });
    await waitForTime(page, 250);
    await act("seekforward");
    await waitForTime(page, 280);
    await act("seekbackward", { seekOffset: 10 });
    await waitForTime(page, 270);
    const next = chapters.find((chapter) => chapter.start > 270)!;
    await act("nexttrack");
    await waitForTime(page, next.start);
    const current = chapters.filter((chapter) => chapter.start <= 300).at(-1)!;
    await setTime(page, 300);
    await act("previoustrack");
    await waitForTime(page, current.start);
    await act("play");
    await page.waitForFunction(() => !document.querySelector("audio")!.paused);
    await act("pause");
    await page.waitForFunction(() => document.querySelector("audio")!.paused);
    await context.close();
  });

  it("leave previous/next off on an episode without chapters", async () => {
    const context = await listener();
    const page = await open(context, otherEpisode);
    const actions = await page.evaluate(() => Object.keys((window as unknown as { mediaSessionHandlers: object }).mediaSessionHandlers).sort());
    expect(actions).toEqual(["pause", "play", "seekbackward", "seekforward", "seekto"]);
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("the page keeps the browser's own audio controls and shows none of the script's", async () => {
    const noJs = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}${episode}`);
    const audio = page.locator("moment-player audio");
    expect(await audio.getAttribute("controls")).not.toBeNull();
    expect(await audio.isVisible()).toBe(true);
    for (const selector of [".controls", ".now-chapter", ".resume-position"]) expect(await page.locator(`moment-player ${selector}`).isVisible()).toBe(false);
    await noJs.close();
  });
});

describe("how it looks", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [390, 1280]) {
      it(`fits and is screenshot at ${width} px (${colorScheme})`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.origin}${episode}`);
        await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
        await setTime(page, 300);
        await page.waitForFunction(() => document.querySelector("moment-player .elapsed")!.textContent === "5:00");
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        // Every control is on screen and none overlaps the next.
        const boxes = await page.locator("moment-player .controls > *").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        for (const box of boxes) expect(box.right).toBeLessThanOrEqual(width);
        for (const [index, box] of boxes.entries()) {
          for (const other of boxes.slice(index + 1)) {
            const overlap = box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
            expect(overlap).toBe(false);
          }
        }
        await page.screenshot({ path: join(screenshots, `player-episode-${width}-${colorScheme}.png`) });
        await context.close();
      });
    }
  }
});
