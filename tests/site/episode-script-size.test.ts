import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";

/**
 * Issue 4: our own JavaScript on an episode page stays at most 5 KB gzipped.
 * Counted the way a browser receives it: every inline script and every
 * same-site script file the page loads, each gzipped on its own.
 */
const budget = 5 * 1024;

async function scriptBytes(siteName: string, pagePath: string) {
  const site = builtSite(siteName);
  const html = await site.read(pagePath);
  const sizes: Record<string, number> = {};
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src?.startsWith("/")) sizes[src] = gzipSync(await site.read(src)).length;
    else if (!src && body.trim() && !/type="application\/(ld\+)?json"/.test(attributes)) sizes[`inline #${Object.keys(sizes).length + 1}`] = gzipSync(body).length;
  }
  return sizes;
}

describe("JavaScript on an episode page", () => {
  for (const [site, page] of [
    ["timed", "episodes/ten-things-we-wish-we-knew/index.html"],
    ["sample", "episodes/ai-startups-moats-and-talent/index.html"],
  ] as const) {
    it(`stays within 5 KB gzipped (${site})`, async () => {
      const sizes = await scriptBytes(site, page);
      const total = Object.values(sizes).reduce((sum, bytes) => sum + bytes, 0);
      console.info(`${site} episode page scripts, gzipped: ${JSON.stringify(sizes)} = ${total} bytes`);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(budget);
    });
  }
});
