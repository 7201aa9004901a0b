import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseFeed } from "podcast-partytime";
import parseYouTubeChapters from "get-youtube-chapters";
import { repoRoot } from "../support/build-site.ts";
import { builtSite, distPathOf } from "../support/sites.ts";
import { JsonChaptersSchema } from "../support/json-chapters-schema.ts";

const corpus = (file: string) => readFile(join(repoRoot, "../shared/corpus/chapters", file), "utf8").then((text) => JSON.parse(text) as unknown);

describe("the JSON chapters 1.2 checker", () => {
  it("accepts the spec's example files", async () => {
    expect(JsonChaptersSchema.safeParse(await corpus("podcastindex-example.json")).success).toBe(true);
    expect(JsonChaptersSchema.safeParse(await corpus("podcastindex-exampleComplex.json")).success).toBe(true);
  });
  it("rejects a file without the required version", async () => {
    expect(JsonChaptersSchema.safeParse(await corpus("chaptertool-no-version.json")).success).toBe(false);
  });
});

describe("chapters.json of the feed fixture show", () => {
  const site = builtSite("feed");

  it("is JSON chapters 1.2 with the summary's chapters, each ending where the next starts", async () => {
    const document = JSON.parse(await site.read("episodes/trailers/chapters.json"));
    expect(JsonChaptersSchema.safeParse(document).success).toBe(true);
    expect(document).toEqual({
      version: "1.2.0",
      title: "Do you need a podcast trailer?",
      podcastName: "Feed Fixture FM",
      author: "Alex Host",
      chapters: [
        { startTime: 0, endTime: 11, title: "Welcome", url: "https://feed.example.org/episodes/trailers/?t=0" },
        { startTime: 11, endTime: 19, title: "About the show", url: "https://feed.example.org/episodes/trailers/?t=11" },
        { startTime: 19, endTime: 25, title: "The question from Gillian", url: "https://feed.example.org/episodes/trailers/?t=19" },
      ],
    });
  });

  it("is announced by the feed as application/json+chapters, and the description carries the same chapters as lines apps read", async () => {
    const feed = parseFeed(await site.read("feed.xml"))!;
    const item = feed.items.find((entry) => entry.title === "Do you need a podcast trailer?")!;
    expect(item.podcastChapters).toEqual({ url: "https://feed.example.org/episodes/trailers/chapters.json", type: "application/json+chapters" });
    // An independent description-chapter parser (get-youtube-chapters) reads the raw XML text.
    const raw = /<item>[\s\S]*?<title>Do you need a podcast trailer\?<\/title>[\s\S]*?<description>([\s\S]*?)<\/description>/.exec(await site.read("feed.xml"))![1]!;
    expect(parseYouTubeChapters(raw)).toEqual([
      { start: 0, title: "Welcome" },
      { start: 11, title: "About the show" },
      { start: 19, title: "The question from Gillian" },
    ]);
  });

  it("is not written for an episode without chapters", () => {
    expect(existsSync(join(site.outDir, "episodes/show-notes-that-work/chapters.json"))).toBe(false);
  });
});

describe("every chapters.json of every built site", () => {
  it("passes the JSON chapters 1.2 check and is announced by its feed", async () => {
    let checked = 0;
    for (const [name, site] of Object.entries(inject("sites")).filter(([, s]) => s.exitCode === 0)) {
      const feedFile = join(site.outDir, "feed.xml");
      if (!existsSync(feedFile)) continue;
      const feed = parseFeed(await readFile(feedFile, "utf8"))!;
      for (const item of feed.items) {
        if (!item.podcastChapters) continue;
        const path = distPathOf(site, item.podcastChapters.url);
        const result = JsonChaptersSchema.safeParse(JSON.parse(await readFile(join(site.outDir, path), "utf8")));
        expect(result.success, `${name}/${path}: ${result.error?.message}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
