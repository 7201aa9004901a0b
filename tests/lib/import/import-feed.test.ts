import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readContent } from "../../../src/lib/pipeline/index.ts";
import type { Fetcher } from "../../../src/lib/import/feed-files.ts";
import { importFeed } from "../../../src/lib/import/import-feed.ts";
import { repoRoot } from "../../support/build-site.ts";

const corpus = join(repoRoot, "../shared/corpus");
const feedsDir = join(corpus, "feeds");
const feeds = readdirSync(feedsDir).filter((name) => name.endsWith(".xml")).sort();

/** What a machine with no network sees (fetch's own error shape). */
const offline: Fetcher = async () => {
  throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ENOTFOUND" } });
};

/** Serves corpus files for the example feed's links; anything else is "not found". */
const corpusFetcher: Fetcher = async (url) => {
  const files: Record<string, string> = {
    "https://example.com/ep3_chapters.json": "chapters/podcastindex-example.json",
    "https://example.com/episode1/transcript.vtt": "vtt/data-engineering-podcast-zenlytic.vtt.txt",
  };
  if (!files[url]) throw new Error("the server answered 404 Not Found");
  return readFileSync(join(corpus, files[url]));
};

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "shownotes-import-"));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const content = () => join(project, "content");
const read = (path: string) => readFileSync(join(content(), path), "utf8");
function frontmatter(path: string): Record<string, unknown> {
  return parseYaml(read(path).split(/^---$/m)[1]!) as Record<string, unknown>;
}

describe("importing every feed in the corpus with the network closed", () => {
  it.each(feeds)("%s: one folder per item, downloads reported, content passes the checks", async (name) => {
    const xml = readFileSync(join(feedsDir, name), "utf8");
    const report = await importFeed({ xml, contentRoot: content(), fetcher: offline, fetch: true });
    const items = xml.match(/<item[\s>]/g)?.length ?? 0;
    expect(readdirSync(join(content(), "episodes"))).toHaveLength(items);
    const links = (xml.match(/<podcast:(chapters|transcript)\b/g) ?? []).length;
    if (links > 0) expect(report.notes.length).toBeGreaterThan(0);
    for (const note of report.notes) expect(note.message).toMatch(/^could not download the (chapters|transcript) https?:\/\/.+ \(network error ENOTFOUND\); run the import again when it is reachable, or add the file by hand$/);
    expect(existsSync(join(content(), "show.yaml"))).toBe(true);
    const errors = (await readContent(project, "content")).problems.filter((problem) => problem.severity === "error");
    expect(errors).toEqual([]);
  });
});

describe("importing the Podcasting 2.0 example feed", () => {
  const xml = readFileSync(join(feedsDir, "podcastindex-example.xml"), "utf8");

  it("writes the item's settings, notes, chapters and transcript", async () => {
    const report = await importFeed({ xml, contentRoot: content(), fetcher: corpusFetcher, fetch: true });
    expect(frontmatter("episodes/episode-3-the-future/index.md")).toEqual({
      title: "Episode 3 - The Future",
      date: "2020-10-09T04:30:38Z",
      description: "A look into the future of podcasting and how we get to Podcasting 2.0!",
      number: 3,
      season: 1,
      audio: { url: "https://example.com/file-03.mp3", type: "audio/mpeg", bytes: 43200000 },
      hosts: ["adam-curry"],
      guests: ["dave-jones"],
      image: "https://example.com/ep0003/artMd.jpg",
      guid: "https://example.com/ep0003",
      link: "https://example.com/podcast/ep0003",
      chaptersUrl: "https://example.com/ep3_chapters.json",
      transcriptUrl: "https://example.com/episode1/transcript.vtt",
    });
    expect(read("episodes/episode-3-the-future/index.md").split(/^---$/m)[2]).toBe(
      "\n\nA look into the future of podcasting and how we get to Podcasting 2.0!\n\n## Chapters\n\n" +
        "- 00:00 Intro\n- 02:48 Hearing Aids\n- 04:20 Progress Report\n- 06:50 Namespace\n- 1:06:30 Just Break Up\n" +
        "- 1:16:40 Donations\n- 1:31:50 The Big Players\n- 1:37:34 Spread the Word\n- 1:41:29 Outro\n",
    );
    // The VTT is preferred over the plain-text transcript (timed formats first).
    expect(readFileSync(join(content(), "episodes/episode-3-the-future/transcript.vtt"))).toEqual(
      readFileSync(join(corpus, "vtt/data-engineering-podcast-zenlytic.vtt.txt")),
    );
    expect(parseYaml(read("people.yaml"))).toEqual({
      "adam-curry": { name: "Adam Curry", url: "https://www.podchaser.com/creators/adam-curry-107ZzmWE5f", image: "https://example.com/images/adamcurry.jpg" },
      "dave-jones": { name: "Dave Jones", url: "https://github.com/daveajones/", image: "https://example.com/images/davejones.jpg" },
    });
    const show = parseYaml(read("show.yaml")) as Record<string, unknown>;
    expect(show).toMatchObject({ title: "Podcasting 2.0 Namespace Example", language: "en-US", url: "https://your-site.example/", owner: { name: "John Doe", email: "johndoe@example.com" }, categories: ["Technology", "News"] });
    expect(report.notes).toContainEqual({
      file: "episodes/episode-1-the-past",
      message: "could not download the transcript https://example.com/ep1/transcript.txt (the server answered 404 Not Found); run the import again when it is reachable, or add the file by hand",
    });
  });

  it("is idempotent, and never overwrites or brings back what the podcaster changed", async () => {
    await importFeed({ xml, contentRoot: content(), fetcher: corpusFetcher, fetch: true });
    const again = await importFeed({ xml, contentRoot: content(), fetcher: corpusFetcher, fetch: true });
    expect(again.files.every((file) => file.outcome === "unchanged")).toBe(true);

    const edited = read("episodes/episode-3-the-future/index.md").replace("A look into the future", "My own words about the future");
    writeFileSync(join(content(), "episodes/episode-3-the-future/index.md"), edited);
    unlinkSync(join(content(), "episodes/episode-2-the-present/index.md"));
    const third = await importFeed({ xml, contentRoot: content(), fetcher: corpusFetcher, fetch: true });
    const outcome = (path: string) => third.files.find((file) => file.path === path)?.outcome;
    expect(outcome("episodes/episode-3-the-future/index.md")).toBe("kept-edited");
    expect(outcome("episodes/episode-2-the-present/index.md")).toBe("kept-deleted");
    expect(outcome("episodes/episode-1-the-past/index.md")).toBe("unchanged");
    expect(read("episodes/episode-3-the-future/index.md")).toBe(edited);
    expect(existsSync(join(content(), "episodes/episode-2-the-present/index.md"))).toBe(false);
  });

  it("leaves a show.yaml the podcaster already has alone", async () => {
    const mine = "title: Mine\n";
    rmSync(content(), { recursive: true, force: true });
    mkdirSync(content(), { recursive: true });
    writeFileSync(join(content(), "show.yaml"), mine);
    const report = await importFeed({ xml, contentRoot: content(), fetcher: offline, fetch: true });
    expect(report.files.find((file) => file.path === "show.yaml")?.outcome).toBe("kept-existing");
    expect(read("show.yaml")).toBe(mine);
  });
});
