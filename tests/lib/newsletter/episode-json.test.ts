import { describe, expect, it } from "vitest";
import { episodeJson, episodeJsonText, oembedJson } from "../../../src/lib/newsletter/index.ts";
import { hostileEpisode } from "./fixtures.ts";

describe("episode.json", () => {
  const json = episodeJson(hostileEpisode);

  it("gives title, date, URL, description and the show, URLs absolute", () => {
    expect(json).toMatchObject({
      version: 1,
      title: `Cats & mice: "<script>alert(1)</script>"`,
      url: "https://podcast.example.com/episodes/cats-and-mice/",
      date: "2024-03-01T00:00:00.000Z",
      description: "Who chases whom & why.",
      language: "en",
      image: "https://podcast.example.com/artwork/cats.png",
      show: { title: `Tom & Jerry's "Show" <live>`, url: "https://podcast.example.com/" },
      embed: "https://podcast.example.com/embed/cats-and-mice/",
      newsletter: {
        html: "https://podcast.example.com/episodes/cats-and-mice/takeaways.html",
        markdown: "https://podcast.example.com/episodes/cats-and-mice/takeaways.md",
        text: "https://podcast.example.com/episodes/cats-and-mice/takeaways.txt",
      },
    });
  });

  it("gives each takeaway as sanitised HTML and text, with its absolute moment URL", () => {
    expect(json.takeaways[0]).toEqual({
      html: `Chasing is <em>cheaper</em> than <strong>waiting</strong> &#x26; see <a href="https://podcast.example.com/episodes/dogs/">the dogs episode</a> <a href="https://podcast.example.com/episodes/cats-and-mice/?t=754#t750">12:34</a>`,
      text: "Chasing is cheaper than waiting & see the dogs episode 12:34",
      moment: { seconds: 754, url: "https://podcast.example.com/episodes/cats-and-mice/?t=754#t750" },
    });
    expect(json.takeaways[1]?.html).not.toMatch(/<script|<style|class=|onclick/);
    expect(json.takeaways[2]?.moment).toBeUndefined();
  });

  it("gives chapters with moment URLs when timed, and people with absolute portraits", () => {
    expect(json.chapters).toEqual([
      { start: 0, title: "Intro", url: "https://podcast.example.com/episodes/cats-and-mice/?t=0#t0" },
      { title: "Untimed <chapter>" },
    ]);
    expect(json.people).toEqual([
      { id: "tom", name: "Tom", role: "host", image: "https://podcast.example.com/people/tom.jpg" },
      { id: "jerry", name: "Jerry", role: "guest", url: "https://jerry.example.org/" },
    ]);
  });

  it("leaves out what the episode does not have instead of writing null", () => {
    const { date: _date, description: _description, image: _image, ...bare } = hostileEpisode;
    const text = episodeJsonText(bare);
    expect(text).not.toContain('"date"');
    expect(text).not.toContain('"description"');
    expect(text).not.toContain("null");
    expect(JSON.parse(text).title).toBe(hostileEpisode.title);
  });
});

describe("oembed.json", () => {
  it("is an oEmbed 1.0 rich response whose html is an iframe of the embed card", () => {
    const oembed = oembedJson(hostileEpisode);
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      title: hostileEpisode.title,
      provider_name: hostileEpisode.showTitle,
      provider_url: "https://podcast.example.com/",
      width: 600,
    });
    expect(oembed.height).toBeGreaterThan(100);
    expect(oembed.html).toMatch(/^<iframe src="https:\/\/podcast\.example\.com\/embed\/cats-and-mice\/" width="600" height="\d+" /);
    expect(oembed.html).toContain('title="Cats &#x26; mice: &#x22;<script>alert(1)</script>&#x22;"');
    expect(oembed.html).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(oembed.html).toMatch(/><\/iframe>$/);
  });
});
