import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands/import.ts";
import type { Fetcher } from "../../src/lib/import/feed-files.ts";
import { repoRoot } from "../support/build-site.ts";
import { serveStatic } from "../support/static-server.ts";
import { readContent } from "../../src/lib/pipeline/index.ts";

const feed = join(repoRoot, "../shared/corpus/feeds/podcastindex-example.xml");
let cwd: string;
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const notFound: Fetcher = async () => {
  throw new Error("the server answered 404 Not Found");
};

/** `"network"`: the command's own downloader (the tests' local server answers it). */
async function importing(args: string[], fetcher: Fetcher | "network" = notFound) {
  const lines: string[] = [];
  let text = "";
  const code = await run(args, { out: (t) => (text += t), err: (t) => (text += t), cwd, ...(fetcher === "network" ? {} : { fetcher }) });
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

describe("shownotes import, moving a show", () => {
  const hostFeeds = join(repoRoot, "tests/fixtures/feeds");

  it("downloads the linked chapters and transcript with --fetch, from a real server", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    const served = mkdtempSync(join(tmpdir(), "shownotes-import-served-"));
    const server = await serveStatic(served);
    try {
      const srt = "1\n00:00:00,000 --> 00:00:04,000\nCamille: Bonjour et bienvenue.\n\n2\n00:00:04,500 --> 00:00:09,000\nPaul: Merci de m'avoir invité.\n";
      mkdirSync(join(served, "media"), { recursive: true });
      writeFileSync(join(served, "media/logiciels-libres.srt"), srt);
      writeFileSync(
        join(served, "media/logiciels-libres-chapters.json"),
        JSON.stringify({ version: "1.2.0", chapters: [{ startTime: 0, title: "Bonjour" }, { startTime: 95.5, title: "Audacity" }, { startTime: 610, title: "Ardour" }] }),
      );
      const feed = readFileSync(join(hostFeeds, "castopod.xml"), "utf8").replaceAll("https://pod.opensource.example/media/podcasts/freewaves", `${server.origin}/media`);
      writeFileSync(join(served, "feed.xml"), feed);
      const run = await importing([`${server.origin}/feed.xml`, "--fetch", "--url", "https://freewaves.example.org/"], "network");
      expect(run.code, run.lines.join("\n")).toBe(0);
      const folder = join(cwd, "content/episodes/des-logiciels-libres-pour-la-radio");
      expect(readFileSync(join(folder, "transcript.srt"), "utf8")).toBe(srt);
      expect(readFileSync(join(folder, "index.md"), "utf8")).toContain("## Chapters\n\n- 00:00 Bonjour\n- 01:35 Audacity\n- 10:10 Ardour\n");
      expect(run.lines).toContain("- 1 chapters file and 1 transcript linked by the feed; 1 transcript downloaded");
    } finally {
      await server.close();
      rmSync(served, { recursive: true, force: true });
    }
  });

  it("refuses to mix the show with the sample show, and replaces the sample when asked", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    cpSync(join(repoRoot, "content"), join(cwd, "content"), { recursive: true });
    const refused = await importing([join(hostFeeds, "libsyn.xml")]);
    expect(refused.code).toBe(1);
    expect(refused.lines).toEqual([
      "content/ still holds the sample show (Monica 的播客): importing beside it would mix two shows. Nothing was written.",
      "Run again with --replace-sample to remove the sample and import your show in its place, or import into another folder with --content.",
    ]);
    expect(existsSync(join(cwd, "content/episodes/tomatoes-in-a-cold-spring"))).toBe(false);

    const replaced = await importing([join(hostFeeds, "libsyn.xml"), "--replace-sample", "--url", "https://gardenhour.example/"]);
    expect(replaced.code).toBe(0);
    expect(readdirSync(join(cwd, "content/episodes")).sort()).toEqual(["pruning-roses", "tomatoes-in-a-cold-spring"]);
    expect(readFileSync(join(cwd, "content/show.yaml"), "utf8")).toContain("title: The Garden Hour");
    expect(existsSync(join(cwd, "content/glossary.yaml"))).toBe(false);
    expect((await readContent(cwd, "content")).problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("asks for the site's address when someone is there to answer", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    let text = "";
    const questions: string[] = [];
    const code = await run([join(hostFeeds, "anchor.xml")], {
      out: (t) => (text += t),
      err: (t) => (text += t),
      cwd,
      ask: async (question) => {
        questions.push(question);
        return "https://coffeewithcode.example/";
      },
    });
    expect(code).toBe(0);
    expect(questions).toEqual(["Where will this site be published? (e.g. https://podcast.example.com/, Enter to decide later) "]);
    expect(readFileSync(join(cwd, "content/show.yaml"), "utf8")).toContain("url: https://coffeewithcode.example/");
    expect(text).not.toContain("placeholder");
  });

  it("tells the podcaster about the placeholder address in a run nobody answers", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    const { code, lines } = await importing([join(hostFeeds, "anchor.xml")]);
    expect(code).toBe(0);
    expect(lines).toContain("- content/show.yaml: url is a placeholder (https://your-site.example/): set it to where this site will be published, or run again with --url <address>");
  });

  it("names a damaged feed's line and column and imports nothing", async () => {
    cwd = mkdtempSync(join(tmpdir(), "shownotes-import-cli-"));
    const broken = readFileSync(join(hostFeeds, "simplecast.xml"), "utf8").replace("<title>Schemas are promises</title>", "<title>Schemas & promises</title>");
    writeFileSync(join(cwd, "feed.xml"), broken);
    const line = broken.split("\n").findIndex((text) => text.includes("Schemas & promises")) + 1;
    const { code, lines } = await importing(["feed.xml"]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `feed.xml:${line}:22  the feed is not well-formed XML: a "&" that does not start an entity (the host should have written &amp;, or wrapped the text in <![CDATA[ … ]]>)`,
      "Nothing was imported. Fix the feed (or ask your host to), or run again with --lenient to import what can be read.",
    ]);
    expect(existsSync(join(cwd, "content"))).toBe(false);
    const lenient = await importing(["feed.xml", "--lenient", "--url", "https://x.example/"]);
    expect(lenient.code).toBe(0);
    expect(lenient.lines).toContain("- 3 episodes imported, 0 skipped");
  });
});
