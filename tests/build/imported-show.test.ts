import { readFileSync, rmSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLinks } from "../../src/lib/check-links.ts";
import { importFeed } from "../../src/lib/import/import-feed.ts";
import { buildSite, repoRoot } from "../support/build-site.ts";

// Import → build, end to end: the content an import writes is a site.
// The content folder must sit inside the project (SHOWNOTES_CONTENT is relative).
const content = "tests/.imported-show/content";
const workDir = await mkdtemp(join(tmpdir(), "shownotes-imported-"));
afterAll(() => {
  rmSync(join(repoRoot, "tests/.imported-show"), { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

describe("a show imported from the Podcasting 2.0 example feed", () => {
  it("builds, with a page per episode and no broken links", async () => {
    rmSync(join(repoRoot, "tests/.imported-show"), { recursive: true, force: true });
    const xml = readFileSync(join(repoRoot, "../shared/corpus/feeds/podcastindex-example.xml"), "utf8");
    await importFeed({ xml, contentRoot: join(repoRoot, content), fetcher: async () => { throw new Error("offline"); } });
    const outDir = join(workDir, "dist");
    const result = await buildSite({ content, outDir });
    expect(result.exitCode, result.log).toBe(0);
    expect((await readdir(join(outDir, "episodes"))).sort()).toEqual(["episode-1-the-past", "episode-2-the-present", "episode-3-the-future"]);
    expect(checkLinks(outDir, { site: "https://example.com/podcast" }).broken).toEqual([]);
  }, 120_000);
});
