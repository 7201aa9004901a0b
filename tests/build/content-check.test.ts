import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";

// These tests are about the build itself, so they build their own fixture
// (tests/fixtures/build-broken: one good episode, one with two errors).
const content = "tests/fixtures/build-broken/content";
const workDir = await mkdtemp(join(tmpdir(), "shownotes-build-broken-"));
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe("the build runs the content checks first", () => {
  it("stops on errors with the same messages as shownotes check", async () => {
    const result = await buildSite({ content, outDir: join(workDir, "strict") });
    expect(result.exitCode).not.toBe(0);
    expect(result.log).toContain(`${content}/episodes/broken-one/index.md:2:1  "title" is missing: every episode needs one, e.g. \`title: My first episode\``);
    expect(result.log).toContain(`${content}/episodes/broken-one/index.md:2:7  "date" 2024-02-30 is not a day in the calendar: check the month and the day`);
    expect(result.log).toContain("2 errors in tests/fixtures/build-broken/content/ (listed above): the site was not built.");
    expect(result.log).toContain("SHOWNOTES_SKIP_BROKEN=1");
  });

  it("stops on a broken show.yaml with the check's message, even when asked to skip broken episodes", async () => {
    const showContent = "tests/fixtures/bad-content/show-missing-url/content";
    const result = await buildSite({ content: showContent, outDir: join(workDir, "show"), env: { SHOWNOTES_SKIP_BROKEN: "1" } });
    expect(result.exitCode).not.toBe(0);
    expect(result.log).toContain(`${showContent}/show.yaml:1:1  "url" is missing: the show needs one, e.g. \`url: https://podcast.example.com/\``);
    expect(result.log).toContain("1 error in tests/fixtures/bad-content/show-missing-url/content/ (listed above): the site was not built.");
  });

  it("with SHOWNOTES_SKIP_BROKEN=1 builds the other episodes and lists the skipped one", async () => {
    const outDir = join(workDir, "skip");
    const result = await buildSite({ content, outDir, env: { SHOWNOTES_SKIP_BROKEN: "1" } });
    expect(result.exitCode, result.log).toBe(0);
    expect(await readdir(join(outDir, "episodes"))).toEqual(["good-one"]);
    expect(result.log).toContain("Built without these episodes, which have errors (run `npx shownotes check` to see them): broken-one");
  }, 120_000);
});
