import { readFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { repoRoot } from "../support/build-site.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

/**
 * Accessibility (axe-core, injected into the page) and screenshots for both
 * shows, light and dark. Screenshots go to test-results/ (gitignored) for a
 * person to look at; the checks that can be automated are asserted here.
 */
const shows = {
  sample: { episode: "/episodes/ai-startups-moats-and-talent/", more: ["/tags/大模型/", "/people/monica/", "/no-such-page/"], query: "护城河" },
  timed: {
    episode: "/episodes/ten-things-we-wish-we-knew/",
    more: ["/episodes/estimated-times/", "/2/", "/tags/archive/", "/people/gilon/"],
    query: "templates",
  },
} as const;
const schemes = ["light", "dark"] as const;
const outDir = join(repoRoot, "test-results/screenshots");

let browser: Browser;
let axeSource: string;
const servers: Record<string, StaticServer> = {};

beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // The timed show's episodes play a generated tone (see tests/fixtures/sites/timed/content/README.md).
  for (const name of Object.keys(shows)) servers[name] = await serveStatic(builtSite(name).outDir);
  browser = await launchBrowser();
  await mkdir(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
}

for (const [name, show] of Object.entries(shows)) {
  describe(`the ${name} show`, () => {
    for (const colorScheme of schemes) {
      it(`has no axe violations on the home and episode pages (${colorScheme})`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
        for (const path of ["/", show.episode, `${show.episode}?t=219`, ...show.more]) {
          await page.goto(`${servers[name]!.origin}${path}`);
          expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
        }
        await page.close();
      });

      it(`has no axe violations in search, the header popup and /search/ with results (${colorScheme})`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
        await page.goto(`${servers[name]!.origin}${show.episode}`);
        await page.keyboard.press("Control+k");
        const input = page.locator("dialog.search-dialog input");
        await input.fill(show.query);
        await page.locator("dialog.search-dialog a.search-result-link").first().waitFor();
        expect({ where: "popup", violations: await axeViolations(page) }).toEqual({ where: "popup", violations: [] });
        await page.screenshot({ path: join(outDir, `${name}-search-popup-1280-${colorScheme}.png`) });
        await page.goto(`${servers[name]!.origin}/search/?q=${encodeURIComponent(show.query)}`);
        await page.locator("search-page a.search-result-link").first().waitFor();
        await page.locator("search-page .search-filter select").first().waitFor();
        expect({ where: "/search/", violations: await axeViolations(page) }).toEqual({ where: "/search/", violations: [] });
        await page.screenshot({ path: join(outDir, `${name}-search-page-1280-${colorScheme}.png`), fullPage: true });
        await page.close();
      });

      it(`takes screenshots at 390 px and 1280 px (${colorScheme})`, async () => {
        for (const width of [390, 1280]) {
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
          await page.goto(`${servers[name]!.origin}/`);
          await page.screenshot({ path: join(outDir, `${name}-home-${width}-${colorScheme}.png`), fullPage: true });
          await page.goto(`${servers[name]!.origin}${show.episode}`);
          await page.screenshot({ path: join(outDir, `${name}-episode-${width}-${colorScheme}.png`) });
          await page.goto(`${servers[name]!.origin}${show.episode}?t=219`);
          if (name === "timed") await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
          await page.screenshot({ path: join(outDir, `${name}-episode-moment-${width}-${colorScheme}.png`) });
          await page.close();
        }
      });
    }

    it("fits a 320 px wide screen without sideways scrolling", async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
      for (const path of ["/", show.episode]) {
        await page.goto(`${servers[name]!.origin}${path}`);
        expect({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 320 });
      }
      await page.screenshot({ path: join(outDir, `${name}-episode-320-light.png`) });
      await page.close();
    });

    it("shows a visible focus ring on links and buttons", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${servers[name]!.origin}${show.episode}`);
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe("solid");
      await page.close();
    });

    it("drops the highlight's fade for readers who prefer reduced motion", async () => {
      const page = await browser.newPage({ reducedMotion: "reduce" });
      await page.goto(`${servers[name]!.origin}${show.episode}`);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector(".para")!).transitionDuration)).toBe("0s");
      await page.close();
    });

    it("answers an unknown address with the 404 page", async () => {
      const page = await browser.newPage();
      const response = await page.goto(`${servers[name]!.origin}/no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").count()).toBe(1);
      expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
      await page.close();
    });
  });
}
