import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, repoRoot, type BuildResult } from "../support/build-site.ts";

/**
 * Caches that need no care: whatever happened to the last build (it failed
 * on a broken episode, or was killed halfway), the next one builds the same
 * site a clean build does, with nothing deleted by hand. One copy of the
 * search-en show, so its cache folder is this test's alone.
 */
let copy: string;
let content: string;
let clean: Record<string, string>;

const build = (name: string): Promise<BuildResult> => buildSite({ content, outDir: join(copy, name) });
const episode = () => join(repoRoot, content, "episodes/postgres-bloat/index.md");

beforeAll(async () => {
  copy = await mkdtemp(join(repoRoot, "tests/.cache-recovery-"));
  content = relative(repoRoot, join(copy, "content"));
  cpSync(join(repoRoot, "tests/fixtures/sites/search-en/content"), join(copy, "content"), { recursive: true });
  const first = await build("clean");
  expect(first.exitCode, first.log).toBe(0);
  clean = digests(first.outDir);
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("the build cache", () => {
  it("after a build that failed on a broken episode, builds the fixed episode as a clean build does", async () => {
    const good = readFileSync(episode(), "utf8");
    writeFileSync(episode(), good.replace("title: Bloat\n", "title:\n"));
    const broken = await build("broken");
    expect(broken.exitCode).not.toBe(0);
    expect(broken.log).toContain("episodes/postgres-bloat/index.md");
    writeFileSync(episode(), good);
    const fixed = await build("fixed");
    expect(fixed.exitCode, fixed.log).toBe(0);
    expect(digests(fixed.outDir)).toEqual(clean);
  }, 120_000);

  for (const moment of ["[content] Syncing content", "Building static entrypoints"]) {
    it(`after a build killed at "${moment}", builds the same site as a clean build`, async () => {
      // An edit first, so the killed build has new work to leave half done.
      const good = readFileSync(episode(), "utf8");
      writeFileSync(episode(), `${good}\nAdded before the killed build.\n`);
      try {
        await killedBuild(moment);
      } finally {
        writeFileSync(episode(), good);
      }
      const next = await build("after-kill");
      expect(next.exitCode, next.log).toBe(0);
      expect(digests(next.outDir)).toEqual(clean);
    }, 120_000);
  }
});

/** Runs `astro build` and kills it (SIGKILL, as an out-of-memory kill would) once it prints `moment`. */
function killedBuild(moment: string): Promise<void> {
  const child = spawn(process.execPath, [join(repoRoot, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", join(copy, "killed")], {
    cwd: repoRoot,
    env: { ...process.env, SHOWNOTES_CONTENT: content, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
    const watch = (chunk: Buffer) => {
      // Colours off: under CI=true Astro colours its log, and "[content]" is then wrapped in escape codes.
      log += stripVTControlCharacters(chunk.toString());
      if (log.includes(moment)) child.kill("SIGKILL");
    };
    child.stdout.on("data", watch);
    child.stderr.on("data", watch);
    child.on("error", reject);
    child.on("close", (code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`the build ended (exit code ${code}) before it printed "${moment}":\n${log}`)),
    );
  });
}

/** Every file of a built site by content digest. */
function digests(dir: string, base = dir): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(result, digests(path, base));
    else result[relative(base, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return result;
}
