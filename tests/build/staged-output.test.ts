import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cacheDirFor } from "../../src/config/paths.ts";
import { generateArchive } from "../bench/generate-archive.ts";
import { buildSite, repoRoot } from "../support/build-site.ts";

/**
 * A podcaster's deploy step copies dist/: a build that fails or is killed
 * half-way must leave the last good site there, byte for byte.
 */
const work = await mkdtemp(join(tmpdir(), "shownotes-staged-"));
const outDir = join(work, "dist");
const staging = join(work, ".dist.staging");
const contentRoot = "tests/.staged";
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(join(repoRoot, contentRoot), { recursive: true, force: true });
});

async function writeShow(name: string, episodes: Record<string, string>): Promise<string> {
  const content = `${contentRoot}/${name}/content`;
  const dir = join(repoRoot, content);
  await rm(dir, { recursive: true, force: true });
  await rm(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
  await mkdir(join(dir, "episodes"), { recursive: true });
  await writeFile(join(dir, "show.yaml"), "title: Staged show\ndescription: Builds that fail.\nlanguage: en\nurl: https://podcast.example.com/\nauthor: Monica\n");
  for (const [slug, markdown] of Object.entries(episodes)) {
    await mkdir(join(dir, "episodes", slug), { recursive: true });
    await writeFile(join(dir, "episodes", slug, "index.md"), markdown);
  }
  return content;
}

/** Every file of the folder with a digest of its bytes: "as it was" means exactly this. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = createHash("sha256").update(await readFile(path)).digest("hex");
  }
  return files;
}

const astroBin = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));

describe("a failed or killed build leaves the previous dist/ as it was", () => {
  let good: Record<string, string>;

  it("a finished build replaces dist/ and leaves no staging folder", async () => {
    const content = await writeShow("good", { hello: "---\ntitle: Hello\ndate: 2024-03-01\n---\n\nThe good site.\n" });
    const result = await buildSite({ content, outDir });
    expect(result.exitCode, result.log).toBe(0);
    good = await snapshot(outDir);
    expect(Object.keys(good)).toContain("episodes/hello/index.html");
    expect(existsSync(staging)).toBe(false);
  }, 180_000);

  it("a build that fails mid-render leaves dist/ untouched", async () => {
    // A tag too long to be a folder name crashes the render when its page is
    // written (ENAMETOOLONG); the check refuses it, so the build is told to go on despite the check.
    const content = await writeShow("failing", { hello: `---\ntitle: Hello again\ntags: ["${"long".repeat(80)}"]\n---\n\nA new site.\n` });
    const result = await buildSite({ content, outDir, env: { SHOWNOTES_TEST_BUILD_DESPITE_ERRORS: "1" } });
    expect(result.exitCode).not.toBe(0);
    expect(result.log).toMatch(/ENAMETOOLONG|name too long/i);
    expect(await snapshot(outDir)).toEqual(good);
  }, 180_000);

  it("a build killed mid-render leaves dist/ untouched, and the next build completes", async () => {
    const archive = await generateArchive({ episodes: 40, lang: "en", out: join(repoRoot, contentRoot, "archive") });
    const content = archive.contentDir.slice(repoRoot.length).replace(/^\/+/, "");
    await rm(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
    const child = spawn(process.execPath, [astroBin, "build", "--outDir", outDir], {
      cwd: repoRoot,
      env: { ...process.env, SHOWNOTES_CONTENT: content, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // Killed as soon as the first episode page is written to the staging folder: mid-render.
    let sawPage = false;
    while (!sawPage && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      sawPage = existsSync(join(staging, "episodes")) && (await readdir(join(staging, "episodes")).catch(() => [])).length > 0;
    }
    expect(sawPage).toBe(true);
    child.kill("SIGKILL");
    await exited;
    expect(await snapshot(outDir)).toEqual(good);

    const again = await buildSite({ content, outDir });
    expect(again.exitCode, again.log).toBe(0);
    const rebuilt = await snapshot(outDir);
    expect(Object.keys(rebuilt).filter((file) => /^episodes\/[^/]+\/index\.html$/.test(file))).toHaveLength(archive.slugs.length);
    expect(existsSync(staging)).toBe(false);
  }, 600_000);
});
