import { mkdtemp, readdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, repoRoot, type BuildResult } from "./support/build-site.ts";
import { writeToneWav } from "./support/tone.ts";

/**
 * The xss show holds links `shownotes check` refuses (javascript:, data:):
 * it is built anyway, so the browser test sees what the page's own
 * sanitiser does with them if the check were ever skipped.
 */
const FIXTURE_ENV: Record<string, Record<string, string>> = { xss: { SHOWNOTES_TEST_BUILD_DESPITE_ERRORS: "1" } };

/**
 * Builds every site the tests inspect exactly once per run: the sample show
 * in `content/` and each fixture show in `tests/fixtures/sites/<name>/`.
 * Tests read them through `inject("sites")` (see tests/support/sites.ts).
 */
export default async function setup(project: TestProject) {
  const workDir = await mkdtemp(join(tmpdir(), "shownotes-sites-"));
  const fixtureRoot = join(repoRoot, "tests/fixtures/sites");
  const fixtureNames = existsSync(fixtureRoot)
    ? (await readdir(fixtureRoot, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  const sites: Record<string, BuildResult> = {};
  sites.sample = await buildSite({ content: "content", outDir: join(workDir, "sample") });
  for (const name of fixtureNames) {
    sites[name] = await buildSite({ content: `tests/fixtures/sites/${name}/content`, outDir: join(workDir, name), env: FIXTURE_ENV[name] ?? {} });
  }
  // The timed show's long episode links its audio as /audio/tone.wav: a tone
  // generated here, once, so no audio is committed and every test (browser
  // tests, link checks) sees the same finished site.
  // The subpath show's long episode links the same address; its dist/ is served under /show/.
  for (const name of ["timed", "subpath"]) {
    if (sites[name]?.exitCode === 0) await writeToneWav(join(sites[name].outDir, "audio/tone.wav"), 760);
  }
  project.provide("sites", sites);
  return async () => {
    await rm(workDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    sites: Record<string, BuildResult>;
  }
}
