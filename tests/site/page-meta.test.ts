import { describe, expect, it } from "vitest";
import { builtSite } from "../support/sites.ts";
import { readHead } from "../support/page-head.ts";

async function head(site: string, path: string) {
  return readHead(await builtSite(site).read(`${path.slice(1)}index.html`), path);
}

describe("link-preview and search metadata of episode pages", () => {
  it("gives an episode with audio og:audio with its type, and its drawn picture with alt text", async () => {
    const page = await head("feed", "/episodes/trailers/");
    expect(page.meta.get("og:audio")).toEqual(["https://media.example.org/feed-fixture/trailers.mp3"]);
    expect(page.meta.get("og:audio:type")).toEqual(["audio/mpeg"]);
    // The picture drawn for the episode, not the show's square artwork.
    expect(page.meta.get("og:image")).toEqual(["https://feed.example.org/episodes/trailers/share.png"]);
    expect(page.meta.get("og:image:alt")).toEqual(["Feed Fixture FM, Episode 2: Do you need a podcast trailer?"]);
    expect(page.meta.get("og:type")).toEqual(["article"]);
    expect(page.meta.get("og:locale")).toEqual(["en"]);
    expect(page.title).toBe("Do you need a podcast trailer? · Feed Fixture FM");
    expect(page.meta.get("og:title")).toEqual(["Do you need a podcast trailer?"]);
  });

  it("describes an episode without a description line by its summary's opening paragraph", async () => {
    const page = await head("feed", "/episodes/show-notes-that-work/");
    expect(page.meta.get("description")).toEqual([
      "Good show notes help listeners find the moment they want. This episode has an untimed transcript, so only its plain text is published.",
    ]);
  });

  it("gives an episode without audio no og:audio", async () => {
    const page = await head("sample", "/episodes/ai-startups-moats-and-talent/");
    expect(page.meta.get("og:audio")).toBeUndefined();
    expect(page.meta.get("og:locale")).toEqual(["zh_CN"]);
    expect(page.lang).toBe("zh-CN");
  });
});

describe("the 404 page", () => {
  it("asks search engines not to index it and names no canonical address", async () => {
    const page = readHead(await builtSite("sample").read("404.html"), "/404.html");
    expect(page.canonical).toEqual([]);
    expect(page.meta.get("robots")).toEqual(["noindex"]);
    expect(page.meta.get("og:url")).toBeUndefined();
  });
});
