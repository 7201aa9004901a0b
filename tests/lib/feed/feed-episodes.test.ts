import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { EpisodeSchema } from "../../../src/schemas/episode.ts";
import { ShowSchema } from "../../../src/schemas/show.ts";
import { buildFeedXml } from "../../../src/lib/feed/build-feed.ts";
import { DESCRIPTION_LIMIT, toFeedEpisodes } from "../../../src/lib/feed/feed-episodes.ts";

const show = ShowSchema.parse({ title: "T", description: "D", language: "en", url: "https://pod.example.org/", author: "A", guid: "917393e3-1b1e-5cef-ace4-edaa54e1f810" });

function feedOf(frontmatter: Record<string, unknown>, html?: string) {
  const data = EpisodeSchema.parse({ title: "One", audio: "https://media.example.org/one.mp3", ...frontmatter });
  const { episodes } = toFeedEpisodes(show, [{ slug: "one", data, html }], new Map());
  const xml = buildFeedXml({ show, hosts: [], selfUrl: "https://pod.example.org/feed.xml", episodes });
  const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
  return { xml, channel: parsed.rss.channel, item: parsed.rss.channel.item };
}

describe("republishing an imported episode", () => {
  it("keeps the show's podcast:guid and the episode's guid, and types a trailer", () => {
    const { channel, item } = feedOf({ guid: "https://host.example/media/one.mp3", episodeType: "trailer" });
    expect(channel["podcast:guid"]).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
    expect(item.guid["#text"]).toBe("https://host.example/media/one.mp3");
    expect(item.guid["@_isPermaLink"]).toBe("false");
    expect(item["itunes:episodeType"]).toBe("trailer");
  });

  it("carries the whole show notes as HTML in content:encoded, relative links made absolute", () => {
    const html = '<p>See <a href="https://example.com/a">the study</a> and <a href="?t=40" class="moment">00:40</a>.</p><ul><li><a href="/episodes/two/">Part two</a></li></ul>';
    const { item } = feedOf({ description: "Short line." }, html);
    expect(item["content:encoded"]).toBe(
      '<p>See <a href="https://example.com/a">the study</a> and <a href="https://pod.example.org/episodes/one/?t=40" class="moment">00:40</a>.</p><ul><li><a href="https://pod.example.org/episodes/two/">Part two</a></li></ul>',
    );
    // Apps that read only the description (Spotify) still get the notes' web links.
    expect(item.description).toBe("Short line.\n\nthe study: https://example.com/a");
  });

  it("keeps the description within the 4000 characters Apple shows, chapter lines kept whole", () => {
    const long = `${"word ".repeat(1200)}end.`;
    const { item } = feedOf({ description: long, chapters: [{ title: "Intro", start: 0 }, { title: "Middle", start: 60 }, { title: "End", start: 120 }] });
    expect(item.description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(item.description.endsWith("…\n\n00:00 Intro\n01:00 Middle\n02:00 End")).toBe(true);
  });

  it("announces chapters and a transcript that stayed at the old host", () => {
    const { xml } = feedOf({ chaptersUrl: "https://host.example/one/chapters.json", transcriptUrl: "https://host.example/one/transcript.srt" });
    expect(xml).toContain('<podcast:chapters url="https://host.example/one/chapters.json" type="application/json+chapters"/>');
    expect(xml).toContain('<podcast:transcript url="https://host.example/one/transcript.srt" type="application/x-subrip" language="en"/>');
  });
});
