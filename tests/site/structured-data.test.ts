import { describe, expect, it } from "vitest";
import sdtt from "structured-data-testing-tool";
import presets from "structured-data-testing-tool/presets.js";
import { builtSite } from "../support/sites.ts";
import { readHead } from "../support/page-head.ts";

const ISO_DURATION = /^PT(\d+H)?(\d+M)?(\d+S)?$/;
const absolute = (url: unknown) => typeof url === "string" && /^https:\/\//.test(url);

async function jsonLdOf(site: ReturnType<typeof builtSite>, path: string) {
  const html = await site.read(`${path.slice(1)}index.html`);
  const [json] = readHead(html, path).jsonLd;
  return { html, data: JSON.parse(json!) as Record<string, any> };
}

describe("structured data (JSON-LD) on the feed fixture show", () => {
  const site = builtSite("feed");

  it("describes the show as a PodcastSeries on the home page", async () => {
    const { data } = await jsonLdOf(site, "/");
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("PodcastSeries");
    expect(data.name).toBe("Feed Fixture FM");
    expect(data.url).toBe("https://feed.example.org/");
    expect(data.inLanguage).toBe("en");
    expect(data.webFeed).toBe("https://feed.example.org/feed.xml");
    expect(data.image).toBe("https://feed.example.org/artwork.jpg");
    expect(data.author).toEqual([{ "@type": "Person", name: "Alex Host", url: "https://alex.example.org/", image: "https://alex.example.org/alex.jpg" }]);
    expect(data.sameAs).toEqual(["https://social.example.org/@feedfixture"]);
  });

  it("describes an episode as a PodcastEpisode with series, date, ISO duration, audio, language and people", async () => {
    const { data } = await jsonLdOf(site, "/episodes/trailers/");
    expect(data["@type"]).toBe("PodcastEpisode");
    expect(data.name).toBe("Do you need a podcast trailer?");
    expect(data.url).toBe("https://feed.example.org/episodes/trailers/");
    expect(data.datePublished).toBe("2024-03-05");
    expect(data.duration).toMatch(ISO_DURATION);
    expect(data.duration).toBe("PT25S");
    expect(data.inLanguage).toBe("en");
    expect(data.episodeNumber).toBe(2);
    expect(data.partOfSeason).toEqual({ "@type": "PodcastSeason", seasonNumber: 1 });
    expect(data.partOfSeries).toEqual({ "@type": "PodcastSeries", name: "Feed Fixture FM", url: "https://feed.example.org/" });
    expect(data.associatedMedia).toEqual({
      "@type": "AudioObject",
      contentUrl: "https://media.example.org/feed-fixture/trailers.mp3",
      encodingFormat: "audio/mpeg",
      contentSize: "401234",
      duration: "PT25S",
    });
    expect(data.actor.map((person: { name: string }) => person.name)).toEqual(["Alex Host", "Gillian Guest", "Bob Li", "王小明"]);
    // A plain name is a Person with its name only: no made-up url or image.
    expect(data.actor[2]).toEqual({ "@type": "Person", name: "Bob Li" });
    for (const person of data.actor) expect(person["@type"]).toBe("Person");
  });

  it("keeps titles that contain </script> inside the JSON-LD, escaped, and equal to what was written", async () => {
    const { html, data } = await jsonLdOf(site, "/episodes/script-tags/");
    expect(data.name).toBe("Closing tags </script> & <!-- comments in titles");
    expect(data.description).toContain("</script><script>alert(1)</script>");
    expect(data.description).toContain("\u2028");
    const script = html.slice(html.indexOf('<script type="application/ld+json">'));
    expect(script.slice(0, script.indexOf("</script>"))).not.toMatch(/<\/|<!--|\u2028/);
    expect(data.associatedMedia.contentUrl).toBe("https://media.example.org/feed-fixture/script-tags.mp3");
  });

  it("passes structured-data-testing-tool's Google, Twitter and Facebook checks on the home and episode pages", async () => {
    for (const [path, schema] of [["/", "jsonld:PodcastSeries"], ["/episodes/trailers/", "jsonld:PodcastEpisode"]] as const) {
      const html = await site.read(`${path.slice(1)}index.html`);
      const result = await sdtt.structuredDataTest(html, { presets: [presets.Google, presets.Twitter, presets.Facebook], schemas: [schema] }).catch((error: any) => {
        throw new Error(`${path}: ${JSON.stringify(error.res?.failed?.map((t: any) => `${t.description}: ${t.error?.message}`) ?? error.message)}`);
      });
      expect(result.failed).toEqual([]);
      expect(result.passed.length, path).toBeGreaterThan(5);
    }
  });
});

describe("structured data on the sample show", () => {
  it("gives the seed episode a PodcastEpisode in Chinese, with absolute URLs", async () => {
    const { data } = await jsonLdOf(builtSite("sample"), "/episodes/ai-startups-moats-and-talent/");
    expect(data["@type"]).toBe("PodcastEpisode");
    expect(data.inLanguage).toBe("zh-CN");
    expect(absolute(data.url)).toBe(true);
    expect(absolute(data.partOfSeries.url)).toBe(true);
  });
});
