import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands/init.ts";

let cwd: string;
let out: string;
let err: string;
const io = () => ({ cwd, out: (text: string) => (out += text), err: (text: string) => (err += text) });

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), "shownotes-init-"));
  out = err = "";
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

describe("shownotes init", () => {
  it("makes a site whose package.json depends on this version of shownotes and names npm's real .gitignore", async () => {
    expect(await run(["My Show"], io())).toBe(0);
    const json = JSON.parse(readFileSync(join(cwd, "My Show/package.json"), "utf8"));
    const own = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(json.name).toBe("my-show");
    expect(json.dependencies).toEqual({ astro: own.dependencies.astro, shownotes: `^${own.version}` });
    expect(existsSync(join(cwd, "My Show/.gitignore"))).toBe(true);
    expect(existsSync(join(cwd, "My Show/gitignore"))).toBe(false);
    expect(out).toContain("cd My Show\n  npm install\n  npm run dev");
  });

  it("installs from a packed file by its absolute path, so npm finds it from the new site", async () => {
    expect(await run(["site", "--package", "packs/shownotes-9.9.9.tgz"], io())).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "site/package.json"), "utf8")).dependencies.shownotes).toBe(`file:${join(cwd, "packs/shownotes-9.9.9.tgz")}`);
  });

  it("never writes into a folder that has files, and says so", async () => {
    mkdirSync(join(cwd, "taken"));
    writeFileSync(join(cwd, "taken/notes.txt"), "mine");
    expect(await run(["taken"], io())).toBe(1);
    expect(err).toBe("taken already has files in it; name a new folder (nothing was changed)\n");
    expect(existsSync(join(cwd, "taken/package.json"))).toBe(false);
  });

  it("asks for the folder when none is given", async () => {
    expect(await run([], io())).toBe(1);
    expect(err).toBe("Name the folder for the new site, e.g. npx shownotes init my-show\n");
  });
});

describe("shownotes init --from <feed>", () => {
  const feed = new URL("../fixtures/feeds/transistor.xml", import.meta.url).pathname;

  it("starts the site from the podcast's feed, without the example show", async () => {
    expect(await run(["moved", "--from", feed, "--url", "https://podcast.example.com/"], io())).toBe(0);
    const show = readFileSync(join(cwd, "moved/content/show.yaml"), "utf8");
    expect(show).toContain("url: https://podcast.example.com/");
    const episodes = readdirSync(join(cwd, "moved/content/episodes"));
    expect(episodes).not.toContain("welcome");
    // Every <item> of the feed became an episode folder.
    const items = readFileSync(feed, "utf8").match(/<item>/g)!.length;
    expect(episodes.filter((name) => !name.startsWith("."))).toHaveLength(items);
    // The site's own files are there as with a plain init.
    for (const file of ["package.json", "astro.config.mjs", "src/content.config.ts", ".gitignore"]) expect(existsSync(join(cwd, "moved", file))).toBe(true);
    expect(out).toContain("Summary:");
  });

  it("leaves nothing behind when the feed cannot be read", async () => {
    writeFileSync(join(cwd, "broken.xml"), "<rss><channel><title>A & B</title></channel></rss>");
    expect(await run(["moved", "--from", "broken.xml"], io())).toBe(1);
    expect(err).toMatch(/^broken\.xml:1:\d+ {2}/);
    expect(err).toContain("moved/ was not made. Nothing was changed.");
    expect(existsSync(join(cwd, "moved"))).toBe(false);
  });

  it("says that import settings need a feed", async () => {
    expect(await run(["site", "--url", "https://podcast.example.com/"], io())).toBe(1);
    expect(err).toBe("--url, --fetch and --lenient go with --from <feed>: they say how to import your existing feed\n");
  });
});
