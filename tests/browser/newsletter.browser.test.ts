import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { repoRoot } from "../support/build-site.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

const slug = "do-you-need-a-trailer";
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(builtSite("newsletter").outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose origin may read and write the clipboard, as after the listener allows it. */
async function clipboardPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  return { context, page: await context.newPage() };
}

/** Everything on the clipboard, by type. */
function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const found: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) found[type] = await (await item.getType(type)).text();
    }
    return found;
  });
}

describe("Copy for newsletter in a real browser", () => {
  it("puts the takeaways on the clipboard as text/html and text/plain together", async () => {
    const { context, page } = await clipboardPage();
    await page.goto(`${server.origin}/episodes/${slug}/`);
    await page.getByRole("button", { name: "Copy for newsletter" }).click();
    await expect.poll(() => page.locator("newsletter-copy").getByRole("status").textContent()).toBe("Copied. Paste it into your newsletter.");

    const clipboard = await readClipboard(page);
    expect(Object.keys(clipboard).sort()).toEqual(["text/html", "text/plain"]);
    expect(clipboard["text/plain"]).toBe(await builtSite("newsletter").read(`episodes/${slug}/takeaways.txt`));
    // Chromium hands back sanitised markup with its own wrapper; the fragment's links and inline styles survive.
    expect(clipboard["text/html"]).toContain(`href="https://newsletter.example.com/episodes/${slug}/"`);
    expect(clipboard["text/html"]).toContain("Listen to the full episode");
    expect(clipboard["text/html"]).toMatch(/<table[^>]+role="presentation"[^>]+style="[^"]*max-width: 600px/);
    await context.close();
  });

  it("still copies both formats through a copy event where ClipboardItem is missing", async () => {
    const { context, page } = await clipboardPage();
    await page.addInitScript(() => {
      // @ts-expect-error: simulating a browser without the async clipboard's ClipboardItem
      delete window.ClipboardItem;
    });
    await page.goto(`${server.origin}/episodes/${slug}/`);
    await page.getByRole("button", { name: "Copy for newsletter" }).click();
    await expect.poll(() => page.locator("newsletter-copy").getByRole("status").textContent()).toBe("Copied. Paste it into your newsletter.");
    const clipboard = await readClipboard(page);
    expect(Object.keys(clipboard).sort()).toEqual(["text/html", "text/plain"]);
    expect(clipboard["text/plain"]).toContain("Listen to the full episode");
    await context.close();
  });

  it("says so and selects the preview when the browser refuses every way of copying", async () => {
    const { context, page } = await clipboardPage();
    await page.addInitScript(() => {
      // @ts-expect-error: simulating a browser without the async clipboard's ClipboardItem
      delete window.ClipboardItem;
      document.execCommand = () => false;
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await page.goto(`${server.origin}/episodes/${slug}/`);
    await page.getByRole("button", { name: "Copy for newsletter" }).click();
    await expect.poll(() => page.locator("newsletter-copy").getByRole("status").textContent()).toContain("did not allow copying");
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected).toContain("Listen to the full episode");
    await context.close();
  });

  it("loads the embed card without fetching anything but the card itself", async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 500 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${server.origin}/embed/${slug}/`);
    expect(requests).toEqual([`${server.origin}/embed/${slug}/`]);
    await expect(page.locator("h1").textContent()).resolves.toBe(`Do you need a podcast trailer? <Yes> & "why"`);
    await page.close();
  });
});

describe("the email fragment alone at 600 px", () => {
  /**
   * Light: an inbox as most clients show it. Dark: a client in dark mode
   * that leaves the email's own colours alone (the fragment must bring its
   * background with its text colours, or dark text would land on a dark
   * inbox).
   */
  for (const scheme of ["light", "dark"] as const) {
    it(`renders readably in a ${scheme} inbox (screenshot in test-results/)`, async () => {
      const fragment = await builtSite("newsletter").read(`episodes/${slug}/takeaways.html`);
      // 600 px of fragment with 20 px of the inbox's own background around it.
      const page = await browser.newPage({ viewport: { width: 640, height: 100 }, colorScheme: scheme });
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"></head>` +
          `<body style="margin:0;padding:20px">${fragment}</body></html>`,
      );
      const card = page.locator("body > table").first();
      const box = await card.boundingBox();
      expect(box?.width).toBe(600);
      // Text and card colours come from the fragment, not from the inbox's scheme.
      const colours = await card.evaluate((table) => {
        const style = getComputedStyle(table);
        return { background: style.backgroundColor, text: style.color };
      });
      expect(colours).toEqual({ background: "rgb(255, 255, 255)", text: "rgb(31, 35, 40)" });
      await mkdir(join(repoRoot, "test-results"), { recursive: true });
      await page.screenshot({ path: join(repoRoot, `test-results/newsletter-takeaways-600-${scheme}.png`), fullPage: true });
      await page.close();
    });
  }

  it("survives a client that recolours emails for dark mode (Chromium's auto-dark, as Android webviews do)", async () => {
    const fragment = await builtSite("newsletter").read(`episodes/${slug}/takeaways.html`);
    const recolouring = await launchBrowser({ extraArgs: ["--blink-settings=forceDarkModeEnabled=true"] });
    try {
      const page = await recolouring.newPage({ viewport: { width: 640, height: 100 }, colorScheme: "dark" });
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:20px">${fragment}</body></html>`);
      // Auto-dark recolours at paint time; what the test can hold is that every line still lays out in the card.
      const card = await page.locator("body > table").first().boundingBox();
      expect(card?.width).toBe(600);
      await expect(page.getByRole("link", { name: "Listen to the full episode →" }).isVisible()).resolves.toBe(true);
      await mkdir(join(repoRoot, "test-results"), { recursive: true });
      await page.screenshot({ path: join(repoRoot, "test-results/newsletter-takeaways-600-dark-recoloured.png"), fullPage: true });
    } finally {
      await recolouring.close();
    }
  });
});
