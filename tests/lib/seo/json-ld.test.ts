import { describe, expect, it } from "vitest";
import { ShowSchema } from "../../../src/schemas/show.ts";
import { podcastEpisodeJsonLd, podcastSeriesJsonLd, serializeJsonLd } from "../../../src/lib/seo/json-ld.ts";

const show = ShowSchema.parse({
  title: "Show",
  description: "About the show.",
  language: "zh-CN",
  url: "https://x.org/",
  author: "Monica",
  artwork: "/art.png",
});

describe("serializeJsonLd", () => {
  it("cannot close the script element or open a comment, and still parses to the same value", () => {
    const value = { name: "</script><script>alert(1)</script> <!-- & \u2028\u2029 end" };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("podcastEpisodeJsonLd", () => {
  const data = podcastEpisodeJsonLd(show, {
    slug: "one",
    title: "One",
    date: new Date("2024-03-05T00:00:00Z"),
    duration: 3723,
    audio: { url: "/one.mp3", bytes: 1000 },
    language: "zh-CN",
    tags: [],
    hosts: [{ name: "Monica", aliases: [] }],
    guests: [{ name: "Guest", url: "https://g.example.org/", aliases: [] }],
    chapters: [
      { start: 0, title: "Intro" },
      { start: 600, title: "Main" },
    ],
  });

  it("has the fields search engines need, with absolute URLs and ISO 8601 durations", () => {
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "PodcastEpisode",
      name: "One",
      url: "https://x.org/episodes/one/",
      datePublished: "2024-03-05",
      duration: "PT1H2M3S",
      inLanguage: "zh-CN",
      image: "https://x.org/art.png",
      partOfSeries: { "@type": "PodcastSeries", name: "Show", url: "https://x.org/" },
      associatedMedia: { "@type": "AudioObject", contentUrl: "https://x.org/one.mp3", encodingFormat: "audio/mpeg", contentSize: "1000", duration: "PT1H2M3S" },
      actor: [{ "@type": "Person", name: "Monica" }, { "@type": "Person", name: "Guest", url: "https://g.example.org/" }],
    });
  });

  it("turns chapters into clips with offsets and a moment link", () => {
    expect(data.hasPart).toEqual([
      { "@type": "Clip", name: "Intro", startOffset: 0, endOffset: 600, url: "https://x.org/episodes/one/?t=0" },
      { "@type": "Clip", name: "Main", startOffset: 600, endOffset: 3723, url: "https://x.org/episodes/one/?t=600" },
    ]);
  });
});

describe("podcastSeriesJsonLd", () => {
  it("describes the show with its feed", () => {
    expect(podcastSeriesJsonLd(show, { hosts: [], feedUrl: "https://x.org/feed.xml" })).toMatchObject({
      "@type": "PodcastSeries",
      name: "Show",
      url: "https://x.org/",
      inLanguage: "zh-CN",
      webFeed: "https://x.org/feed.xml",
      author: { "@type": "Person", name: "Monica" },
    });
  });
});
