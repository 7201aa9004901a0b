import { describe, expect, it } from "vitest";
import { takeawaysMarkdown, takeawaysText, type NewsletterInput } from "../../../src/lib/newsletter/index.ts";
import { hostileEpisode } from "./fixtures.ts";

const simple: NewsletterInput = {
  siteUrl: "https://podcast.example.com/",
  showTitle: "Example",
  slug: "ep-1",
  title: "Pricing *is* hard",
  url: "/episodes/ep-1/",
  lang: "en",
  takeaways: [
    { html: `Charge <em>more</em> than you think <a href="?t=754">12:34</a>`, text: "Charge more than you think 12:34", moment: 754, momentHref: "/episodes/ep-1/?t=754#t750" },
    { html: `Read <a href="/episodes/ep-0/">the first episode</a> first`, text: "Read the first episode first" },
  ],
  chapters: [],
  people: [],
};

describe("takeaways.md", () => {
  it("keeps emphasis, links and the moment link, every URL absolute", () => {
    expect(takeawaysMarkdown(simple)).toBe(
      [
        "## [Pricing \\*is\\* hard](https://podcast.example.com/episodes/ep-1/)",
        "",
        "**Key takeaways**",
        "",
        "- Charge *more* than you think [12:34](https://podcast.example.com/episodes/ep-1/?t=754#t750)",
        "- Read [the first episode](https://podcast.example.com/episodes/ep-0/) first",
        "",
        "[Listen to the full episode →](https://podcast.example.com/episodes/ep-1/)",
        "",
      ].join("\n"),
    );
  });

  it("escapes Markdown syntax in text and drops raw HTML", () => {
    const markdown = takeawaysMarkdown(hostileEpisode);
    // `<` from text comes out backslash-escaped; an unescaped one would be raw HTML.
    expect(markdown).not.toMatch(/(^|[^\\])<(script|style|span|img)/m);
    expect(markdown).not.toMatch(/class=|onclick/);
    expect(markdown).toContain('Cats & mice: "\\<script>alert(1)\\</script>"');
    expect(markdown).not.toMatch(/\]\((?!https:\/\/)/); // no relative link targets
  });
});

describe("takeaways.txt", () => {
  it("writes the title, the page and each takeaway with its moment's URL on the next line", () => {
    expect(takeawaysText(simple)).toBe(
      [
        "Pricing *is* hard",
        "https://podcast.example.com/episodes/ep-1/",
        "",
        "Key takeaways",
        "",
        "- Charge more than you think 12:34",
        "  12:34 https://podcast.example.com/episodes/ep-1/?t=754#t750",
        "- Read the first episode first",
        "",
        "Listen to the full episode",
        "https://podcast.example.com/episodes/ep-1/",
        "",
      ].join("\n"),
    );
  });

  it("leaves text as written (plain text has nothing to escape)", () => {
    expect(takeawaysText(hostileEpisode)).toContain(`Cats & mice: "<script>alert(1)</script>"`);
  });

  it("uses the episode's language for its labels", () => {
    const text = takeawaysText({ ...simple, lang: "zh-CN" });
    expect(text).toContain("\n要点\n");
    expect(text).toContain("\n收听完整节目\n");
  });

  it("says only where to listen when there are no takeaways", () => {
    expect(takeawaysText({ ...simple, takeaways: [] })).toBe(
      "Pricing *is* hard\nhttps://podcast.example.com/episodes/ep-1/\n\nListen to the full episode\nhttps://podcast.example.com/episodes/ep-1/\n",
    );
  });
});
