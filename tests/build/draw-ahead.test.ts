import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheDirFor } from "../../src/config/paths.ts";
import { buildSite, repoRoot, type BuildResult } from "../support/build-site.ts";

/**
 * Share pictures drawn ahead (src/lib/share-image/draw-ahead.ts) are worth
 * something only if the worker draws exactly the pictures the share.png
 * route then publishes: same words, same artwork, same key. A show of 24
 * episodes (enough for the worker to start) is built once; the picture cache
 * must then hold one file per published picture, none drawn under a second
 * key, and each published share.png must be the cached file.
 */
let copy: string;
let content: string;
let built: BuildResult;
const EPISODES = 24;

beforeAll(async () => {
  copy = await mkdtemp(join(repoRoot, "tests/.draw-ahead-"));
  content = relative(repoRoot, join(copy, "content"));
  const source = join(repoRoot, "tests/fixtures/sites/search-en/content");
  mkdirSync(join(copy, "content/episodes"), { recursive: true });
  for (const file of ["show.yaml", "people.yaml"]) cpSync(join(source, file), join(copy, "content", file));
  const template = readFileSync(join(source, "episodes/postgres-bloat/index.md"), "utf8");
  for (let n = 1; n <= EPISODES; n++) {
    const folder = join(copy, `content/episodes/episode-${String(n).padStart(2, "0")}`);
    mkdirSync(folder);
    writeFileSync(join(folder, "index.md"), template.replace("title: Bloat", `title: Bloat, part ${n}`).replace("number: 2", `number: ${n}`).replace("date: 2022-09-16", `date: 2022-09-${String(n).padStart(2, "0")}`));
  }
  built = await buildSite({ content, outDir: join(copy, "dist") });
  expect(built.exitCode, built.log).toBe(0);
}, 180_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  rmSync(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
});

describe("share pictures drawn ahead", () => {
  it("are started for a show of this size, and said so", () => {
    expect(built.log).toContain(`Drawing ${EPISODES} link-preview pictures on a second thread while the pages are built.`);
  });

  it("are the very files the share.png route publishes, each drawn under one key", () => {
    const folder = join(repoRoot, cacheDirFor(content), "share-images");
    const cached = readdirSync(folder).filter((name) => name.endsWith(".png"));
    // One per episode and the show's own.
    expect(cached).toHaveLength(EPISODES + 1);
    const published = readdirSync(join(built.outDir, "episodes")).filter((slug) => existsSync(join(built.outDir, "episodes", slug, "share.png")));
    expect(published).toHaveLength(EPISODES);
    const cachedBytes = new Set(cached.map((name) => readFileSync(join(folder, name)).toString("base64")));
    for (const slug of published) expect(cachedBytes.has(readFileSync(join(built.outDir, "episodes", slug, "share.png")).toString("base64")), slug).toBe(true);
  });
});
