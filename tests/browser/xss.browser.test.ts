import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

// tests/fixtures/sites/xss: every field of the show, the person and the
// episode (titles, description, guid, tags, summary HTML and links,
// transcript) tries to set window.__pwned or open a dialog.
let browser: Browser;
let server: StaticServer;
let pages: string[];

beforeAll(async () => {
  const site = builtSite("xss");
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
  pages = (await readdir(site.outDir, { recursive: true }))
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.replace(/index\.html$/, "")}`)
    .sort();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("hostile content in a real browser", () => {
  it("runs no script on any page of the site", async () => {
    expect(pages).toContain("/episodes/hostile-input/");
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of pages) {
      await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
      // Clicking the (defanged) javascript: links must not run them either.
      for (const link of await page.locator("a:not([href])").all()) await link.click();
      expect({ path, pwned: await page.evaluate(() => (window as { __pwned?: unknown }).__pwned) }).toEqual({ path, pwned: undefined });
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("shows hostile titles and transcript lines as text", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/episodes/hostile-input/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(
      "</script><script>window.__pwned = 'episode title'</script> <b>bold?</b> & more",
    );
    const transcript = await page.locator(".transcript").textContent();
    expect(transcript).toContain("<script>window.__pwned = 'transcript script'</script> hello");
    expect(transcript).toContain(`</script><img src=x onerror="window.__pwned = 'transcript img'"> and a "}] </script> JSON-LD breaker`);
    expect(transcript).toContain("</script><script>window.__pwned = 'speaker'</script>");
    expect(transcript).toContain(`Mallory <img src=x onerror="window.__pwned = 'speaker img'">`);
    await expect(page.locator("#html-link").getAttribute("href")).resolves.toBeNull();
    await page.close();
  });
});
