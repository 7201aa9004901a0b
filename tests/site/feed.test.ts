import { describe, expect, it } from "vitest";
import { parseFeed } from "podcast-partytime";
import { builtSite } from "../support/sites.ts";

describe("the feed of the feed fixture show, read back by podcast-partytime", () => {
  const site = builtSite("feed");

  it("is a podcast feed with the show's settings", async () => {
    const feed = parseFeed(await site.read("feed.xml"))!;
    expect(feed).not.toBeNull();
    expect(feed.title).toBe("Feed Fixture FM");
    expect(feed.link).toBe("https://feed.example.org/");
    expect(feed.language).toBe("en");
    expect(feed.guid).toBe("5a4c1d2e-8f3b-5c6d-9e0f-1a2b3c4d5e6f");
    expect(feed.locked).toBe(true);
    expect(feed.podcastOwner).toBe("alex@feed.example.org");
    expect(feed.owner).toEqual({ name: "Alex Host", email: "alex@feed.example.org" });
    expect(feed.itunesImage).toBe("https://feed.example.org/artwork.jpg");
    expect(feed.itunesCategory).toEqual(["Technology", "Business > Marketing"]);
    expect(feed.explicit).toBe(false);
    expect(feed.podcastPeople).toEqual([
      { name: "Alex Host", role: "Host", group: "Cast", href: "https://alex.example.org/", img: "https://alex.example.org/alex.jpg" },
    ]);
  });

  it("lists every episode with audio, newest first, with its enclosure, guid and iTunes fields", async () => {
    const feed = parseFeed(await site.read("feed.xml"))!;
    expect(feed.items.map((item) => item.title)).toEqual([
      "Closing tags </script> & <!-- comments in titles",
      "Do you need a podcast trailer?",
      "Show notes that work",
    ]);
    const [, trailers, showNotes] = feed.items;
    expect(trailers!.guid).toBe("https://feed.example.org/episodes/trailers/");
    expect(trailers!.link).toBe("https://feed.example.org/episodes/trailers/");
    expect(trailers!.pubDate).toEqual(new Date("2024-03-05T00:00:00Z"));
    expect(trailers!.enclosure).toEqual({ url: "https://media.example.org/feed-fixture/trailers.mp3", length: 401234, type: "audio/mpeg" });
    expect(trailers!.duration).toBe(25);
    expect(trailers!.itunesEpisode).toBe(2);
    expect(trailers!.itunesSeason).toBe(1);
    expect(trailers!.podcastPeople).toEqual([
      { name: "Alex Host", role: "Host", group: "Cast", href: "https://alex.example.org/", img: "https://alex.example.org/alex.jpg" },
      { name: "Gillian Guest", role: "Guest", group: "Cast", href: "https://careers.example.org/" },
      // Plain names (no people.yaml entry): a person with just the name, as written.
      { name: "Bob Li", role: "Guest", group: "Cast" },
      { name: "王小明", role: "Guest", group: "Cast" },
    ]);
    // A guid written in the frontmatter is kept, and is not a permalink.
    expect(showNotes!.guid).toBe("feed-fixture-episode-1");
    expect(await site.read("feed.xml")).toContain('<guid isPermaLink="false">feed-fixture-episode-1</guid>');
    // Audio given as a bare URL: type guessed from the extension, length unknown (0).
    expect(showNotes!.enclosure).toEqual({ url: "https://media.example.org/feed-fixture/show-notes.m4a", length: 0, type: "audio/x-m4a" });
    expect(showNotes!.duration).toBe(3723);
    expect(site.log).toContain(
      "tests/fixtures/sites/feed/content/episodes/show-notes-that-work/index.md: the feed gives its audio's size as 0 because it is unknown: add `bytes:` under `audio:` (the file's size in bytes)",
    );
  });

  it("announces no timed transcript for an untimed one", async () => {
    const feed = parseFeed(await site.read("feed.xml"))!;
    const showNotes = feed.items.find((item) => item.title === "Show notes that work")!;
    for (const transcript of showNotes.podcastTranscripts ?? []) expect(transcript.type).toBe("text/plain");
  });

  it("is linked from every page's head", async () => {
    expect(await site.read("index.html")).toContain('<link rel="alternate" type="application/rss+xml" title="Feed Fixture FM" href="https://feed.example.org/feed.xml">');
  });
});

describe("the feed of the sample show", () => {
  const site = builtSite("sample");

  it("leaves out the seed episode, which has no audio, and says so in the build log", async () => {
    const feed = parseFeed(await site.read("feed.xml"))!;
    expect(feed.title).toBe("Monica 的播客");
    expect(feed.items).toEqual([]);
    expect(site.log).toContain(
      "content/episodes/ai-startups-moats-and-talent/index.md: left out of the podcast feed because it has no audio (add `audio:` to its frontmatter to publish it in the feed)",
    );
  });
});
