import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";

describe("a show whose feed lives at its podcast host (feed.enabled: false)", () => {
  const site = builtSite("feed-at-host");

  it("publishes no feed of its own", () => {
    expect(existsSync(join(site.outDir, "feed.xml"))).toBe(false);
    expect(existsSync(join(site.outDir, "index.html"))).toBe(true);
  });

  it("links the host's feed from its pages and its structured data", async () => {
    const home = await site.read("index.html");
    expect(home).toContain('<link rel="alternate" type="application/rss+xml" title="Hosted Elsewhere" href="https://host.example.net/shows/hosted-elsewhere/rss">');
    expect(home).toContain('"webFeed":"https://host.example.net/shows/hosted-elsewhere/rss"');
    expect(await site.read("episodes/first/index.html")).toContain('href="https://host.example.net/shows/hosted-elsewhere/rss"');
  });

  it("does not warn about episodes left out of a feed it does not build", () => {
    expect(site.log).not.toContain("left out of the podcast feed");
  });
});
