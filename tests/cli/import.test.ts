import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands/import.ts";
import type { Fetcher } from "../../src/lib/import/feed-files.ts";
import { repoRoot } from "../support/build-site.ts";

const feed = join(repoRoot, "../shared/corpus/feeds/podcastindex-example.xml");
let cwd: string;
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const notFound: Fetcher = async () => {
  throw new Error("the server answered 404 Not Found");
};

async function importing(args: string[], fetcher: Fetcher = notFound) {
  const lines: string[] = [];
  let text = "";
  const code = await run(args, { out: (t) => (text += t), err: (t) => (text += t), cwd, fetcher });
  lines.push(...text.split("\n").slice(0, -1));
  return { code, lines };
}

describe("shownotes import", () => {
  it("imports a local feed, says what it created and what it could not download", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    const { code, lines } = await importing([feed, "--fetch"]);
    expect(code).toBe(0);
    expect(lines).toContain("content/show.yaml: created");
    expect(lines).toContain("content/episodes/episode-3-the-future/index.md: created");
    expect(lines).toContain(
      "content/episodes/episode-3-the-future: could not download the chapters https://example.com/ep3_chapters.json (the server answered 404 Not Found); run the import again when it is reachable, or add the file by hand",
    );
    expect(lines.at(-1)).toBe("3 episodes in the feed: 5 files created, 0 updated, 0 unchanged, 0 kept because you edited them. Run `npx shownotes check` next.");
    const again = await importing([feed, "--fetch"]);
    expect(again.lines.at(-1)).toBe("3 episodes in the feed: 0 files created, 0 updated, 5 unchanged, 0 kept because you edited them. Run `npx shownotes check` next.");
  });

  it("downloads a feed given by its address", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    const xml = readFileSync(feed);
    const { code } = await importing(["https://example.com/feed.xml", "--content", "site-content"], async (url) => {
      if (url === "https://example.com/feed.xml") return xml;
      throw new Error("the server answered 404 Not Found");
    });
    expect(code).toBe(0);
    expect(readFileSync(join(cwd, "site-content/show.yaml"), "utf8")).toContain("title: Podcasting 2.0 Namespace Example");
  });

  it("explains when the feed cannot be read", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    expect(await importing(["https://example.com/feed.xml"])).toEqual({
      code: 1,
      lines: ["Could not read the feed https://example.com/feed.xml: the server answered 404 Not Found"],
    });
  });
});
