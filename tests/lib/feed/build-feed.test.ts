import { describe, expect, it } from "vitest";
import { parseFeed } from "podcast-partytime";
import { ShowSchema } from "../../../src/schemas/show.ts";
import { buildFeedXml } from "../../../src/lib/feed/build-feed.ts";
import type { FeedEpisode } from "../../../src/lib/feed/feed-episodes.ts";

const show = ShowSchema.parse({
  title: "Fixture & Friends",
  description: "A show <with> markup-looking text & ampersands.",
  language: "en",
  url: "https://pod.example.org/",
  author: "Alex Host",
  owner: { name: "Alex Host", email: "alex@pod.example.org" },
  artwork: "/artwork.jpg",
  categories: ["Technology", "Business/Investing"],
  explicit: true,
  hosts: ["alex"],
  locked: true,
});

const episode: FeedEpisode = {
  title: "Chapters & transcripts",
  link: "https://pod.example.org/episodes/one/",
  guid: { value: "https://pod.example.org/episodes/one/", isPermaLink: true },
  date: new Date("2024-03-05T00:00:00Z"),
  description: "All about chapters.\n\n00:00 Intro\n01:00 Middle\n02:00 End",
  enclosure: { url: "https://media.example.org/one.mp3", type: "audio/mpeg", bytes: 123456 },
  duration: 3723,
  number: 7,
  season: 2,
  image: "https://pod.example.org/one.jpg",
  language: "en",
  chaptersUrl: "https://pod.example.org/episodes/one/chapters.json",
  transcripts: [
    { url: "https://pod.example.org/episodes/one/transcript.vtt", type: "text/vtt", language: "en", rel: "captions" },
    { url: "https://pod.example.org/episodes/one/transcript.srt", type: "application/x-subrip", language: "en" },
    { url: "https://pod.example.org/episodes/one/transcript.json", type: "application/json", language: "en" },
    { url: "https://pod.example.org/episodes/one/transcript.html", type: "text/html", language: "en" },
  ],
  people: [
    { name: "Alex Host", role: "host", href: "https://alex.example.org/", img: "https://pod.example.org/alex.jpg" },
    { name: "Gillian Guest", role: "guest" },
  ],
};

const xml = buildFeedXml({
  show,
  hosts: [{ name: "Alex Host", url: "https://alex.example.org/", aliases: [] }],
  selfUrl: "https://pod.example.org/feed.xml",
  episodes: [episode],
});
const feed = parseFeed(xml);

describe("the podcast feed read back by podcast-partytime", () => {
  it("parses as a podcast feed", () => {
    expect(feed).not.toBeNull();
  });

  it("keeps the channel's RSS and iTunes fields as written", () => {
    expect(feed!.title).toBe("Fixture & Friends");
    expect(feed!.description).toBe("A show <with> markup-looking text & ampersands.");
    expect(feed!.link).toBe("https://pod.example.org/");
    expect(feed!.language).toBe("en");
    expect(feed!.author).toBe("Alex Host");
    expect(feed!.owner).toEqual({ name: "Alex Host", email: "alex@pod.example.org" });
    expect(feed!.itunesImage).toBe("https://pod.example.org/artwork.jpg");
    expect(feed!.explicit).toBe(true);
    expect(feed!.itunesType).toBe("episodic");
    // partytime reads a nested itunes:category as "Parent > Child".
    expect(feed!.itunesCategory).toEqual(["Technology", "Business > Investing"]);
  });

  it("keeps the Podcasting 2.0 channel tags: guid derived from the feed URL, locked, host", () => {
    // UUID v5 of "pod.example.org/feed.xml" in the podcast namespace, computed
    // independently with Python's uuid.uuid5.
    expect(feed!.guid).toBe("5d42bc6a-f362-5d89-9b1f-5647bea9ad66");
    expect(feed!.locked).toBe(true);
    expect(feed!.podcastOwner).toBe("alex@pod.example.org");
    // partytime maps the taxonomy's roles onto its enum ("host" → "Host", group "Cast").
    expect(feed!.podcastPeople).toEqual([{ name: "Alex Host", role: "Host", group: "Cast", href: "https://alex.example.org/" }]);
  });

  it("keeps every item field as written", () => {
    const [item] = feed!.items;
    expect(item!.title).toBe("Chapters & transcripts");
    expect(item!.guid).toBe("https://pod.example.org/episodes/one/");
    expect(item!.link).toBe("https://pod.example.org/episodes/one/");
    expect(item!.pubDate).toEqual(new Date("2024-03-05T00:00:00Z"));
    expect(item!.enclosure).toEqual({ url: "https://media.example.org/one.mp3", length: 123456, type: "audio/mpeg" });
    expect(item!.duration).toBe(3723);
    expect(item!.itunesEpisode).toBe(7);
    expect(item!.itunesSeason).toBe(2);
    expect(item!.itunesEpisodeType).toBe("full");
    expect(item!.itunesImage).toBe("https://pod.example.org/one.jpg");
    // partytime collapses whitespace in descriptions; the raw XML keeps one chapter per line.
    expect(item!.description).toBe("All about chapters. 00:00 Intro 01:00 Middle 02:00 End");
    expect(xml).toContain("All about chapters.\n\n00:00 Intro\n01:00 Middle\n02:00 End</description>");
    expect(item!.podcastSeason).toEqual({ number: 2 });
    expect(item!.podcastEpisode).toEqual({ number: 7 });
  });

  it("keeps chapters, transcripts (type, language, rel) and people", () => {
    const [item] = feed!.items;
    expect(item!.podcastChapters).toEqual({ url: "https://pod.example.org/episodes/one/chapters.json", type: "application/json+chapters" });
    expect(item!.podcastTranscripts).toEqual([
      { url: "https://pod.example.org/episodes/one/transcript.vtt", type: "text/vtt", language: "en", rel: "captions" },
      // partytime files both SRT types under "application/srt"; the XML says x-subrip as the issue asks.
      { url: "https://pod.example.org/episodes/one/transcript.srt", type: "application/srt", language: "en" },
      { url: "https://pod.example.org/episodes/one/transcript.json", type: "application/json", language: "en" },
      { url: "https://pod.example.org/episodes/one/transcript.html", type: "text/html", language: "en" },
    ]);
    expect(xml).toContain('type="application/x-subrip"');
    expect(item!.podcastPeople).toEqual([
      { name: "Alex Host", role: "Host", group: "Cast", href: "https://alex.example.org/", img: "https://pod.example.org/alex.jpg" },
      { name: "Gillian Guest", role: "Guest", group: "Cast" },
    ]);
  });

  it("writes a podcast:locked of no, and a given guid, as configured", () => {
    const open = buildFeedXml({
      show: { ...show, locked: false, guid: "917393e3-1b1e-5cef-ace4-edaa54e1f810" },
      hosts: [],
      selfUrl: "https://pod.example.org/feed.xml",
      episodes: [episode],
    });
    const parsed = parseFeed(open)!;
    expect(parsed.locked).toBe(false);
    expect(parsed.guid).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
  });
});
