import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  audioPath,
  basePath,
  chaptersPath,
  embedPath,
  episodeJsonPath,
  episodePath,
  FAVICON_PATH,
  FEED_PATH,
  HOME_PATH,
  linkUnder,
  listPagePath,
  momentPath,
  momentSuffix,
  oembedPath,
  PAGEFIND_PATH,
  pathSegment,
  personPath,
  PRECISE_SEARCH_PATH,
  REDIRECTS_PATH,
  ROBOTS_PATH,
  searchPath,
  siteUrls,
  SITEMAP_PATH,
  tagPath,
  tagSlug,
  takeawaysPath,
  transcriptPath,
  webUrl,
} from "../../../src/lib/urls/site-urls.ts";

describe("site paths: the public names, the same on every site", () => {
  it("names every page and file the routes publish", () => {
    expect([HOME_PATH, listPagePath(1), listPagePath(2), listPagePath(13)]).toEqual(["/", "/", "/2/", "/13/"]);
    expect(episodePath("ai-startups")).toBe("/episodes/ai-startups/");
    expect(transcriptPath("a", "vtt")).toBe("/episodes/a/transcript.vtt");
    expect(chaptersPath("a")).toBe("/episodes/a/chapters.json");
    expect([takeawaysPath("a", "md"), takeawaysPath("a", "txt"), takeawaysPath("a", "html")]).toEqual([
      "/episodes/a/takeaways.md",
      "/episodes/a/takeaways.txt",
      "/episodes/a/takeaways.html",
    ]);
    expect(episodeJsonPath("a")).toBe("/episodes/a/episode.json");
    expect(audioPath("a", "episode 12.mp3")).toBe("/episodes/a/episode%2012.mp3");
    expect([embedPath("a"), oembedPath("a")]).toEqual(["/embed/a/", "/embed/a/oembed.json"]);
    expect([tagPath("Deep Learning"), personPath("monica")]).toEqual(["/tags/deep-learning/", "/people/monica/"]);
    expect([searchPath(), searchPath("护城河 moat")]).toEqual(["/search/", "/search/?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3%20moat"]);
    expect([FEED_PATH, SITEMAP_PATH, ROBOTS_PATH, FAVICON_PATH, PAGEFIND_PATH, PRECISE_SEARCH_PATH, REDIRECTS_PATH]).toEqual([
      "/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
      "/favicon.svg",
      "/pagefind/",
      "/pagefind/precise/",
      "/_redirects",
    ]);
  });

  it("encodes every name as one path segment, so / ? # % and spaces never change what an address means", () => {
    expect(pathSegment("王小明")).toBe("%E7%8E%8B%E5%B0%8F%E6%98%8E");
    expect(decodeURIComponent(personPath("王小明"))).toBe("/people/王小明/");
    expect(personPath("a/b?c#d")).toBe("/people/a%2Fb%3Fc%23d/");
    expect(episodePath("第一期")).toBe(`/episodes/${encodeURIComponent("第一期")}/`);
    // A tag is folded to its page name first: case, spaces and path characters.
    expect(tagSlug(" AI / ML ")).toBe("ai-ml");
    expect(tagPath("大模型")).toBe(`/tags/${encodeURIComponent("大模型")}/`);
  });

  it("writes moments as ?t= for the player and #id for the transcript paragraph", () => {
    expect(momentSuffix({ seconds: 754.9, paragraphId: "t754" })).toBe("?t=754#t754");
    expect(momentSuffix({ seconds: 40 })).toBe("?t=40");
    expect(momentSuffix({ paragraphId: "p3" })).toBe("#p3");
    expect(momentPath("a", { seconds: 61, paragraphId: "p2" })).toBe("/episodes/a/?t=61#p2");
  });
});

describe("links: site paths under the path the site is published at", () => {
  const root = siteUrls("https://podcast.example.com/");
  const sub = siteUrls("https://name.github.io/podcast");

  it("reads the base path from the show's url, with or without its last slash", () => {
    expect([basePath("https://podcast.example.com"), basePath("https://name.github.io/podcast"), basePath("https://x.org/a/b/")]).toEqual([
      "/",
      "/podcast/",
      "/a/b/",
    ]);
    expect([root.base, sub.base, sub.site]).toEqual(["/", "/podcast/", "https://name.github.io/podcast/"]);
  });

  it("leaves a root-hosted site's links exactly as its site paths", () => {
    for (const path of ["/", "/2/", episodePath("a"), momentPath("a", { seconds: 3, paragraphId: "t3" }), FEED_PATH, PAGEFIND_PATH]) {
      expect(root.link(path)).toBe(path);
    }
  });

  it("puts every site path under a sub-path once", () => {
    expect(sub.link(HOME_PATH)).toBe("/podcast/");
    expect(sub.link(listPagePath(2))).toBe("/podcast/2/");
    expect(sub.link(momentPath("a", { seconds: 754, paragraphId: "t754" }))).toBe("/podcast/episodes/a/?t=754#t754");
    expect(sub.link(PAGEFIND_PATH)).toBe("/podcast/pagefind/");
    expect(sub.link("/audio/12.mp3")).toBe("/podcast/audio/12.mp3");
  });

  it("leaves absolute, protocol-relative and page-relative addresses as written", () => {
    for (const written of ["https://cdn.example.org/a.mp3", "//cdn.example.org/a.mp3", "?t=40", "#p3", "episode.mp3", "mailto:a@example.org"]) {
      expect(sub.link(written)).toBe(written);
    }
    expect(linkUnder("/podcast/", "/x/")).toBe("/podcast/x/");
  });

  it("turns a link on the page (Astro.url.pathname) back into its site path", () => {
    expect(sub.sitePath("/podcast/episodes/a/")).toBe("/episodes/a/");
    expect(sub.sitePath("/podcast/")).toBe("/");
    expect(root.sitePath("/episodes/a/")).toBe("/episodes/a/");
  });
});

describe("absolute URLs", () => {
  it("resolves site paths under the site's own path", () => {
    expect(absoluteUrl("https://x.org/show", "/episodes/a/")).toBe("https://x.org/show/episodes/a/");
    expect(absoluteUrl("https://x.org/", "/")).toBe("https://x.org/");
    expect(siteUrls("https://x.org/show/").absolute(momentPath("a", { seconds: 9 }))).toBe("https://x.org/show/episodes/a/?t=9");
    expect(siteUrls("https://x.org/show/").absolute(SITEMAP_PATH)).toBe("https://x.org/show/sitemap.xml");
  });
  it("keeps absolute URLs", () => {
    expect(absoluteUrl("https://x.org/show/", "https://cdn.example.org/a.mp3")).toBe("https://cdn.example.org/a.mp3");
  });
  it("builds the episode page address with its trailing slash", () => {
    expect(absoluteUrl("https://x.org/", episodePath("ai-startups"))).toBe("https://x.org/episodes/ai-startups/");
  });
  it("ignores a query or fragment someone left on show.yaml's url", () => {
    expect(siteUrls("https://x.org/show/?utm=1#top").absolute(FEED_PATH)).toBe("https://x.org/show/feed.xml");
  });
});

describe("webUrl", () => {
  it("gives an absolute http(s) address, and nothing for a data: URL crawlers cannot fetch", () => {
    expect(webUrl("https://x.org/", "/art.png")).toBe("https://x.org/art.png");
    expect(webUrl("https://x.org/show/", "/art.png")).toBe("https://x.org/show/art.png");
    expect(webUrl("https://x.org/", "data:image/png;base64,AAAA")).toBeUndefined();
    expect(webUrl("https://x.org/", undefined)).toBeUndefined();
  });
});
