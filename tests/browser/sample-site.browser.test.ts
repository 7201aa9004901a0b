import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { repoRoot } from "../support/build-site.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(builtSite("sample").outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the sample show in a real browser", () => {
  it("opens the seed episode from the home page and shows its Chinese transcript", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/`);
    await page.getByRole("link", { name: "AI 创业与投资：早期下注、护城河与人才（节选）" }).click();
    await page.waitForURL(/\/episodes\/ai-startups-moats-and-talent\/$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("AI 创业与投资：早期下注、护城河与人才（节选）");
    await expect(page.locator(".transcript").textContent()).resolves.toContain("大胆假设小心验证");
    await mkdir(join(repoRoot, "test-results"), { recursive: true });
    await page.screenshot({ path: join(repoRoot, "test-results/sample-episode-1280.png"), fullPage: false });
    await page.close();
  });
});
