import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteBase } from "../../../src/index.ts";
import { buildSite } from "../../support/build-site.ts";

describe("Astro's base comes from show.yaml's url", () => {
  it("is the url's path, whatever astro.config.mjs leaves as Astro's default", () => {
    expect(siteBase("https://podcast.example.com/", "/")).toBe("/");
    expect(siteBase("https://name.github.io/podcast", "/")).toBe("/podcast/");
  });

  it("accepts a base in astro.config.mjs that says the same, with or without its slashes", () => {
    expect(siteBase("https://name.github.io/podcast/", "/podcast")).toBe("/podcast/");
    expect(siteBase("https://name.github.io/podcast/", "podcast/")).toBe("/podcast/");
  });

  it("refuses a base that puts the site somewhere else, naming both settings", () => {
    expect(() => siteBase("https://name.github.io/podcast/", "/other/")).toThrowErrorMatchingInlineSnapshot(
      `[AstroUserError: astro.config.mjs sets base to "/other/", but the url in show.yaml (https://name.github.io/podcast/) puts the site at /podcast/.]`,
    );
    expect(() => siteBase("https://podcast.example.com/", "/other")).toThrow(/puts the site at \/\./);
  });

  it("stops a real build whose astro.config.mjs disagrees, before any page is written", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "shownotes-base-"));
    try {
      const built = await buildSite({ content: "tests/fixtures/sites/subpath/content", config: "tests/fixtures/subpath-base/astro.config.mjs", outDir });
      expect(built.exitCode).not.toBe(0);
      expect(built.log).toContain('astro.config.mjs sets base to "/other", but the url in show.yaml (https://example.org/show/) puts the site at /show/.');
      expect(built.log).toContain("remove base from astro.config.mjs, or change url in show.yaml to end in /other/");
      expect(built.log).not.toContain("page(s) built");
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
