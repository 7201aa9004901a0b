import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site.ts";

// tests/fixtures/integration-options/astro.config.mjs: the search-en show
// with a PeopleLinks override, one custom CSS file and search turned off.
// Built here, not with the shared sites: its content folder is named in its config.
let built: BuildResult;
const site = () => ({ outDir: built.outDir, read: (path: string) => readFile(join(built.outDir, path), "utf8") });

beforeAll(async () => {
  const outDir = await mkdtemp(join(tmpdir(), "shownotes-options-"));
  built = await buildSite({ content: "tests/fixtures/sites/search-en/content", config: "tests/fixtures/integration-options/astro.config.mjs", outDir });
  if (built.exitCode !== 0) throw new Error(`building the integration-options site failed:\n${built.log}`);
}, 120_000);

afterAll(async () => {
  if (built) await rm(built.outDir, { recursive: true, force: true });
});

describe("a site using the shownotes() options", () => {
  it("renders its own component wherever the package used the replaced one, nested ones included", async () => {
    const page = await site().read("episodes/rookie-mistakes/index.html");
    // PeopleLinks is used inside EpisodeHeader: the override shows there.
    expect(page).toContain('<span class="site-people">Travis</span>');
    expect(page).toContain('<span class="site-people">Sarah</span>');
    expect(page).not.toContain('class="people-links"');
  });

  it("adds its custom CSS to every page, after the package's own styles", async () => {
    const css = await Promise.all(
      (await readdir(join(site().outDir, "_astro"))).filter((name) => name.endsWith(".css")).map((name) => readFile(join(site().outDir, "_astro", name), "utf8")),
    );
    const all = css.join("\n");
    expect(all).toMatch(/\.site-people\{color:(rebeccapurple|#639)\}/);
    expect(all.indexOf(".site-header")).toBeLessThan(all.search(/\.site-people\{/));
    for (const page of ["index.html", "episodes/postgres-bloat/index.html", "tags/postgres/index.html"]) {
      const html = await site().read(page);
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/_astro\/([^"]+)"/g)].map((match) => match[1]!);
      const styles = await Promise.all(sheets.map((name) => readFile(join(site().outDir, "_astro", name), "utf8")));
      expect(styles.join("\n") + html, page).toMatch(/\.site-people\{/);
    }
  });

  it("with search off, builds no index, no search page and no search box", async () => {
    expect(existsSync(join(site().outDir, "pagefind"))).toBe(false);
    expect(existsSync(join(site().outDir, "search/index.html"))).toBe(false);
    const home = await site().read("index.html");
    expect(home).not.toContain("<search-box");
    expect(home).not.toContain('href="/search/"');
  });

  it("keeps every other page and file the show publishes", async () => {
    for (const file of ["index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "episodes/postgres-bloat/index.html", "episodes/postgres-bloat/episode.json"]) {
      expect(existsSync(join(site().outDir, file)), file).toBe(true);
    }
  });
});
