import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { fromMarkdown } from "mdast-util-from-markdown";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { isSafeUrl } from "../../src/lib/urls/safe-url.ts";

// tests/fixtures/sites/xss: every field of the show, the person and the
// episode (titles, description, guid, tags, summary HTML and links,
// transcript) tries to set window.__pwned or open a dialog; the
// tricky-links episode hides javascript:, vbscript: and data: links behind
// character references, case, tabs and newlines, in the summary and in its
// 要点 takeaways. `shownotes check` refuses those links; this site is built
// despite that (tests/global-setup.ts) to prove the pages' own sanitiser.
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

  it("links nowhere but https, http, mailto and the site itself, on every page", async () => {
    expect(pages).toContain("/episodes/tricky-links/");
    const page = await browser.newPage();
    for (const path of pages) {
      await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
      // What the browser itself resolved each address to (element.href, .src …), after its own entity decoding and URL parsing.
      const protocols = await page.evaluate(() =>
        [...document.querySelectorAll("[href], [src], [action], [formaction], [poster], [data]")].flatMap((element) =>
          ["href", "src", "action", "formAction", "poster", "data"].flatMap((name) => {
            const value = (element as unknown as Record<string, unknown>)[name];
            return typeof value === "string" && value !== "" ? [`${new URL(value, document.baseURI).protocol} ${value.slice(0, 60)}`] : [];
          }),
        ),
      );
      expect({ path, refused: protocols.filter((entry) => !/^(https?|mailto):/.test(entry)) }).toEqual({ path, refused: [] });
    }
    await page.close();
  });

  it("keeps the words of refused links, and the fine link, on the page (takeaways included)", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/episodes/tricky-links/`);
    await expect(page.locator("#html-entities").getAttribute("href")).resolves.toBeNull();
    const text = await page.locator("main").textContent();
    for (const words of ["entity", "mixed case", "html entities", "padded", "要点链接", "不应该能点", "网站"]) expect(text).toContain(words);
    await expect(page.locator('a[href="https://example.com/ok"]').count()).resolves.toBe(1);
    // The takeaway's fine link stays (the page shows the takeaways in its list and in the newsletter copy box).
    expect(await page.locator('a[href="https://example.com/"]', { hasText: "网站" }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("publishes no refused address in the feed, JSON-LD, oEmbed, episode.json or the newsletter files", async () => {
    const site = builtSite("xss");
    const files = (await readdir(site.outDir, { recursive: true })).filter((file) =>
      /(^feed\.xml|takeaways\.(html|md|txt)|episode\.json|oembed\.json|index\.html)$/.test(file),
    );
    expect(files).toEqual(expect.arrayContaining(["feed.xml", "episodes/tricky-links/takeaways.html", "episodes/tricky-links/takeaways.md", "episodes/tricky-links/episode.json", "embed/tricky-links/oembed.json"]));
    for (const file of files) {
      const text = await readFile(join(site.outDir, file), "utf8");
      const addresses = addressesIn(file, text);
      expect({ file, refused: addresses.filter((address) => !isSafeUrl(address)) }).toEqual({ file, refused: [] });
    }
    // The plain-text newsletter has no links to check, only words: none of the payloads' schemes survive as a link target.
    expect(await site.read("episodes/tricky-links/takeaways.txt")).not.toMatch(/javascript:|vbscript:|data:/i);
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

/** Every address a file hands to a browser, feed reader or crawler, read with a parser for its kind. */
function addressesIn(file: string, text: string): string[] {
  const found: string[] = [];
  if (file.endsWith(".html")) {
    visit(fromHtml(text), "element", (node) => {
      for (const name of ["href", "src", "action", "formAction", "poster", "data", "content"]) {
        const value = node.properties[name];
        // <meta content> holds text as well as addresses (og:image, og:url): only address-looking values are checked.
        if (typeof value === "string" && (name !== "content" || /^[a-z][a-z\d+.-]*:/i.test(value.trim()))) found.push(value);
      }
      if (node.tagName === "script" && node.properties.type === "application/ld+json") found.push(...jsonAddresses(JSON.parse(String((node.children[0] as { value?: string })?.value ?? "null"))));
    });
  } else if (file.endsWith(".md")) {
    visit(fromMarkdown(text), (node) => {
      if ("url" in node && typeof node.url === "string") found.push(node.url);
    });
  } else if (file.endsWith(".json")) {
    const data = JSON.parse(text) as unknown;
    found.push(...jsonAddresses(data));
    if (file.endsWith("oembed.json")) found.push(...addressesIn("embed.html", String((data as { html?: string }).html ?? "")));
  } else if (file.endsWith(".xml")) {
    for (const match of text.matchAll(/\s(?:href|url|img)="([^"]*)"|<(?:link|url|guid)>([^<]*)</g)) found.push((match[1] ?? match[2])!);
  }
  return found;
}

/** String values of JSON keys that name addresses (url, href, image, contentUrl, sameAs …). */
function jsonAddresses(value: unknown, key = ""): string[] {
  if (typeof value === "string") return /url|href|image|src|sameAs|@id/i.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => jsonAddresses(item, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => jsonAddresses(v, k));
  return [];
}
