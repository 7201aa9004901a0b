import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseFeed } from "podcast-partytime";
import { parseTranscript } from "../../src/lib/transcript/index.ts";
import { builtSite, distPathOf } from "../support/sites.ts";

/** Words in order, whitespace-insensitive, so line wrapping in one format or another does not matter. */
const words = (segments: { text: string }[]) => segments.map((segment) => segment.text).join(" ").split(/\s+/).filter(Boolean).join(" ");
const starts = (segments: { start?: number }[]) => segments.map((segment) => Math.round((segment.start ?? -1) * 100) / 100);

describe("the transcript files of the feed fixture show", () => {
  const site = builtSite("feed");

  it("publishes every format for the timed transcript, announced in the feed with type, language and rel", async () => {
    const feed = parseFeed(await site.read("feed.xml"))!;
    const item = feed.items.find((entry) => entry.title === "Do you need a podcast trailer?")!;
    const base = "https://feed.example.org/episodes/trailers/";
    expect(item.podcastTranscripts).toEqual([
      { url: `${base}transcript.vtt`, type: "text/vtt", language: "en", rel: "captions" },
      { url: `${base}transcript.srt`, type: "application/srt", language: "en" },
      { url: `${base}transcript.json`, type: "application/json", language: "en" },
      { url: `${base}transcript.html`, type: "text/html", language: "en" },
      { url: `${base}transcript.txt`, type: "text/plain", language: "en" },
    ]);
    expect(await site.read("feed.xml")).toContain(`<podcast:transcript url="${base}transcript.srt" type="application/x-subrip" language="en"/>`);
  });

  it("keeps the speakers' voices in the WebVTT captions", async () => {
    const vtt = await site.read("episodes/trailers/transcript.vtt");
    expect(vtt.startsWith("WEBVTT")).toBe(true);
    expect(vtt).toMatch(/<v [^>]+>/);
  });

  it("publishes only plain text for the untimed transcript", async () => {
    for (const extension of ["vtt", "srt", "json", "html"]) {
      expect(existsSync(join(site.outDir, `episodes/show-notes-that-work/transcript.${extension}`)), extension).toBe(false);
    }
    expect(await site.read("episodes/show-notes-that-work/transcript.txt")).toContain("show notes that work for listeners");
    const feed = parseFeed(await site.read("feed.xml"))!;
    expect(feed.items.find((entry) => entry.title === "Show notes that work")!.podcastTranscripts).toEqual([
      { url: "https://feed.example.org/episodes/show-notes-that-work/transcript.txt", type: "text/plain", language: "en" },
    ]);
  });
});

describe("every transcript file every feed announces, re-read by our own parsers", () => {
  it("exists, parses in the format it claims, and says the same words at the same times as the other formats", async () => {
    let checked = 0;
    for (const [name, site] of Object.entries(inject("sites")).filter(([, s]) => s.exitCode === 0)) {
      const feedFile = join(site.outDir, "feed.xml");
      if (!existsSync(feedFile)) continue;
      for (const item of parseFeed(await readFile(feedFile, "utf8"))!.items) {
        const parsed = [];
        for (const transcript of item.podcastTranscripts ?? []) {
          const path = distPathOf(site, transcript.url);
          const fileName = `${name}/${path}`;
          const text = await readFile(join(site.outDir, path), "utf8");
          const model = parseTranscript(text, { fileName });
          const expectedFormat = { "text/vtt": "vtt", "application/srt": "srt", "application/json": "podcasting20-json", "text/html": "podcasting20-html", "text/plain": undefined }[transcript.type as string];
          if (expectedFormat) {
            expect(model.format, fileName).toBe(expectedFormat);
            expect(model.timed, fileName).toBe(true);
            parsed.push({ fileName, model });
          }
          checked++;
        }
        const [first, ...others] = parsed;
        for (const other of others) {
          expect(words(other.model.segments), `${other.fileName} vs ${first!.fileName}`).toBe(words(first!.model.segments));
          expect(starts(other.model.segments), `${other.fileName} vs ${first!.fileName}`).toEqual(starts(first!.model.segments));
          expect(other.model.speakers, `${other.fileName} vs ${first!.fileName}`).toEqual(first!.model.speakers);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
