import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(builtSite("feed").outDir);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("follow buttons with JavaScript off", () => {
  it("are real links, in the podcaster's order, that open the app's page", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    // The test machine has no outside network: the apps' pages are stand-ins answered here.
    await context.route(/^https:\/\/(open\.spotify\.com|podcasts\.apple\.com)\//, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>${new URL(route.request().url()).hostname}</title>` }),
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const buttons = page.getByRole("navigation", { name: "Follow the show" }).getByRole("link");
    expect(await buttons.allTextContents()).toEqual(["Spotify", "Apple Podcasts", "Xiaoyuzhou", "Bilibili", "RSS feed"]);
    expect(await buttons.first().isVisible()).toBe(true);
    await buttons.first().click();
    await page.waitForURL("https://open.spotify.com/show/feedfixture");
    expect(await page.title()).toBe("open.spotify.com");

    // An episode's own Apple address opens that episode.
    await page.goto(`${server.origin}/episodes/trailers/`);
    await page.getByRole("navigation", { name: "Listen in your app" }).getByRole("link", { name: "Apple Podcasts" }).click();
    await page.waitForURL("https://podcasts.apple.com/us/podcast/feed-fixture-fm/id1000000001?i=1000000002");
    await context.close();
  });
});
