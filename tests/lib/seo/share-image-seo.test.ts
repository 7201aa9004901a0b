import { describe, expect, it } from "vitest";
import { episodePageSeo, homePageSeo } from "../../../src/lib/seo/episode-seo.ts";
import { pageSeo } from "../../../src/lib/seo/page-seo.ts";
import { ShowSchema } from "../../../src/schemas/show.ts";
import { EpisodeFrontmatterSchema } from "../../../src/schemas/episode.ts";

const show = ShowSchema.parse({ title: "Monica 的播客", description: "关于 AI 的中文播客。", language: "zh-CN", url: "https://podcast.example.com/show/", author: "Monica" });
const people = new Map();
const episode = (data: Record<string, unknown>) => EpisodeFrontmatterSchema.parse(data);

describe("the picture in an episode's link preview", () => {
  it("is the picture drawn for the episode, with its size and a description naming show, number and title", () => {
    const seo = pageSeo(episodePageSeo({ show, slug: "moats", episode: episode({ title: "护城河在哪里", number: 12 }), people }));
    expect(seo.image).toBe("https://podcast.example.com/show/episodes/moats/share.png");
    expect(seo.imageSize).toEqual({ width: 1200, height: 630 });
    expect(seo.imageAlt).toBe("《Monica 的播客》第 12 期：护城河在哪里");
  });

  it("labels the number in the episode's own language", () => {
    const seo = pageSeo(episodePageSeo({ show, slug: "en", episode: episode({ title: "Moats", number: 3, lang: "en" }), people }));
    expect(seo.imageAlt).toBe("Monica 的播客, Episode 3: Moats");
  });

  it("is the episode's own image when it gives one, with no size claimed", () => {
    const seo = pageSeo(episodePageSeo({ show, slug: "moats", episode: episode({ title: "护城河", image: "/art/moats.jpg" }), people }));
    expect(seo.image).toBe("https://podcast.example.com/show/art/moats.jpg");
    expect(seo.imageSize).toBeUndefined();
  });

  it("is the drawn picture when the episode's own image is a data: address apps cannot fetch", () => {
    // The schema refuses such an address; a site built despite check errors can still carry one.
    const seo = pageSeo(episodePageSeo({ show, slug: "moats", episode: { ...episode({ title: "护城河" }), image: "data:image/png;base64,AAAA" }, people }));
    expect(seo.image).toBe("https://podcast.example.com/show/episodes/moats/share.png");
  });
});

describe("the picture in the home page's link preview", () => {
  it("is the show's artwork when it has some", () => {
    const seo = pageSeo(homePageSeo({ ...show, artwork: "/cover.png" }, people));
    expect(seo.image).toBe("https://podcast.example.com/show/cover.png");
    expect(seo.imageAlt).toBe("《Monica 的播客》的封面");
  });

  it("is the show's drawn picture when it has no artwork", () => {
    const seo = pageSeo(homePageSeo(show, people));
    expect(seo.image).toBe("https://podcast.example.com/show/share.png");
    expect(seo.imageSize).toEqual({ width: 1200, height: 630 });
  });
});
