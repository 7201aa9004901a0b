import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/build-site.ts";
import { loadSitePagefind } from "../support/pagefind-node.ts";

const run = promisify(execFile);

/**
 * The way a podcaster starts a show: the package as npm would publish it
 * (`npm pack`), `shownotes init` run from that tarball, `npm install` and
 * `npm run build` in the new site, then an upgrade to a newer tarball. One
 * pack and one install are shared by every check below (each takes tens of
 * seconds); the npm cache is warm, the registry reachable.
 */
let work: string;
let site: string;
let tarball: string;
let packed: string;
let buildLog: string;

// npm, its scripts and the `node` package run on the Node running the tests (the project's Node 24),
// without the test runner's variables (NODE_ENV=test, VITEST), as from a podcaster's terminal.
const env = { ...withoutTestRunner(process.env), PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: "1" };
const npm = (args: string[], cwd: string) => run("npm", args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "shownotes-package-"));
  await npm(["pack", "--pack-destination", work], repoRoot);
  tarball = join(work, `shownotes-${JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version}.tgz`);
  // The package as it lands in node_modules, where Node will not run TypeScript: init must run compiled.
  packed = join(work, "runner/node_modules/shownotes");
  mkdirSync(packed, { recursive: true });
  await run("tar", ["xzf", tarball, "-C", packed, "--strip-components=1"]);
  const init = await run(process.execPath, [join(packed, "bin/shownotes.mjs"), "init", "my-show", "--package", tarball], { cwd: work, env });
  expect(init.stdout).toContain("cd my-show\n  npm install\n  npm run dev");
  site = join(work, "my-show");
  // Eight more episodes, so the content check hands transcripts to its worker thread (compiled, in the package).
  for (let n = 2; n <= 9; n++) {
    const folder = join(site, `content/episodes/more-${n}`);
    cpSync(join(site, "content/episodes/welcome"), folder, { recursive: true });
    const index = join(folder, "index.md");
    writeFileSync(index, readFileSync(index, "utf8").replace("title: Welcome to the show", `title: More episode ${n}`).replace("number: 1", `number: ${n}`));
  }
  await npm(["install", "--no-audit", "--no-fund"], site);
  const build = await npm(["run", "build"], site);
  buildLog = build.stdout + build.stderr;
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a new show from the packed package", () => {
  it("leaves the tool's tests, the sample show and the bench out of the package, and carries the compiled command and workers", () => {
    const files = listFiles(packed);
    expect(files.some((file) => file.startsWith("tests/"))).toBe(false);
    expect(files.some((file) => file.startsWith("content/"))).toBe(false);
    expect(files).not.toContain("src/content.config.ts");
    for (const file of ["dist-cli/shownotes.mjs", "dist-cli/search-index-worker.mjs", "dist-cli/transcript-check-worker.mjs", "src/index.ts", "CHANGELOG.md"]) {
      expect(files).toContain(file);
    }
    const json = JSON.parse(readFileSync(join(packed, "package.json"), "utf8"));
    expect(json.private).toBeUndefined();
    expect(json.exports["."]).toBe("./src/index.ts");
  });

  it("holds only the show's own files, and depends on shownotes and a supported Node", () => {
    const own = listFiles(site).filter((file) => !/^(node_modules|dist|\.astro)\//.test(file) && file !== "package-lock.json");
    expect(own.filter((file) => !file.startsWith("content/episodes/more-")).sort()).toEqual([
      ".gitignore",
      "README.md",
      "astro.config.mjs",
      "content/episodes/welcome/index.md",
      "content/episodes/welcome/transcript.vtt",
      "content/people.yaml",
      "content/show.yaml",
      "package.json",
      "public/artwork.png",
      "src/content.config.ts",
      "tsconfig.json",
    ]);
    const json = JSON.parse(readFileSync(join(site, "package.json"), "utf8"));
    expect(json.dependencies.shownotes).toBe(`file:${tarball}`);
    expect(json.devDependencies.node).toMatch(/^\^24\./);
    expect(Object.keys(json.scripts).sort()).toEqual(["build", "check", "dev", "preview"]);
    expect(readFileSync(join(site, "src/content.config.ts"), "utf8")).toBe(
      'import { shownotesCollections } from "shownotes/loaders";\n\nexport const collections = shownotesCollections();\n',
    );
  });

  it("builds the example episode's page, with its transcript, on the site's own Node", async () => {
    expect(buildLog).toMatch(/Building on Node v24\.\d+\.\d+ \(.*my-show\/node_modules\/node\//);
    const page = readFileSync(join(site, "dist/episodes/welcome/index.html"), "utf8");
    expect(page).toContain("<h1>Welcome to the show</h1>");
    expect(page).toContain("The coats are the secret. They soak up the echo");
    expect(page).toContain("Sam Guest");
  });

  it("builds a search index in which a word of the example transcript finds the episode", async () => {
    expect(existsSync(join(site, "dist/pagefind/pagefind.js"))).toBe(true);
    const search = await loadSitePagefind(join(site, "dist"), "en");
    try {
      const found = await search.pagefind.search("wardrobe");
      const urls = await Promise.all((found?.results ?? []).map(async (result) => new URL((await result.data()).url, "http://x/").pathname));
      expect(urls).toContain("/episodes/welcome/");
    } finally {
      await search.close();
    }
  });

  it("type-checks: the site's content.config.ts and the package's files it reaches, virtual modules included", async () => {
    // The project's TypeScript, on the site's tsconfig.json, after the build's `astro sync` wrote .astro/.
    const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "--noEmit", "-p", site], { cwd: site, env }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe("");
  });

  it("runs shownotes check from node_modules", async () => {
    const { stdout } = await npm(["run", "--silent", "check"], site);
    expect(stdout).toBe("content: everything looks right.\n");
  });

  it("starts a show from its existing feed (init --from) that builds and republishes every guid and enclosure", async () => {
    const feed = join(repoRoot, "tests/fixtures/feeds/transistor.xml");
    // The command as the first site installed it, with its dependencies (the feed reader among them).
    await run(process.execPath, [join(site, "node_modules/shownotes/bin/shownotes.mjs"), "init", "moved", "--package", tarball, "--from", feed, "--url", "https://podcast.example.com/"], { cwd: work, env });
    const moved = join(work, "moved");
    expect(existsSync(join(moved, "content/episodes/welcome"))).toBe(false);
    // The same dependencies as the first site: its installed node_modules serve this one too (an install takes tens of seconds).
    symlinkSync(join(site, "node_modules"), join(moved, "node_modules"));
    const check = await npm(["run", "--silent", "check"], moved);
    expect(check.stdout).not.toContain("error");
    await npm(["run", "build"], moved);
    const pairs = (xml: string) =>
      [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((item) => [/<guid[^>]*>([^<]+)<\/guid>/.exec(item[0])?.[1], /<enclosure[^>]*url="([^"]+)"/.exec(item[0])?.[1]]).sort();
    const republished = pairs(readFileSync(join(moved, "dist/feed.xml"), "utf8"));
    expect(republished).toEqual(pairs(readFileSync(feed, "utf8")));
    expect(republished).toHaveLength(3);
  }, 300_000);

  it("upgrades to a newer package without touching content/ or the site's own files", async () => {
    const before = siteDigests(site);
    const packageBefore = JSON.parse(readFileSync(join(site, "package.json"), "utf8"));
    // The same package as version 0.2.1 (already compiled, so packed without its scripts).
    const newer = join(work, "newer");
    cpSync(packed, newer, { recursive: true });
    const json = JSON.parse(readFileSync(join(newer, "package.json"), "utf8"));
    writeFileSync(join(newer, "package.json"), JSON.stringify({ ...json, version: "0.2.1" }, null, 2));
    await npm(["pack", "--ignore-scripts", "--pack-destination", work], newer);
    const newerTarball = join(work, "shownotes-0.2.1.tgz");
    await npm(["install", "--no-audit", "--no-fund", newerTarball], site);
    expect(JSON.parse(readFileSync(join(site, "node_modules/shownotes/package.json"), "utf8")).version).toBe("0.2.1");
    expect(siteDigests(site)).toEqual(before);
    // npm records the new version in package.json, and changes nothing else there.
    const packageAfter = JSON.parse(readFileSync(join(site, "package.json"), "utf8"));
    expect(packageAfter.dependencies.shownotes).toBe(`file:${relative(site, newerTarball)}`);
    expect({ ...packageAfter, dependencies: { ...packageAfter.dependencies, shownotes: "" } }).toEqual({
      ...packageBefore,
      dependencies: { ...packageBefore.dependencies, shownotes: "" },
    });
  }, 300_000);
});

function withoutTestRunner(vars: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(vars).filter(([name]) => name !== "NODE_ENV" && !name.startsWith("VITEST")));
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
  );
}

/** Every file the podcaster owns (all but what npm and the build write), by content digest. */
function siteDigests(dir: string): Record<string, string> {
  const owned = listFiles(dir).filter((file) => !/^(node_modules|dist|\.astro)\//.test(file) && file !== "package.json" && file !== "package-lock.json");
  return Object.fromEntries(owned.sort().map((file) => [file, createHash("sha256").update(readFileSync(join(dir, file))).digest("hex")]));
}
