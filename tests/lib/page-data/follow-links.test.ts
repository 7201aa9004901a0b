import { describe, expect, it } from "vitest";
import { followLinks } from "../../../src/lib/page-data/follow-links.ts";
import { en } from "../../../src/i18n/en.ts";
import { zhCN } from "../../../src/i18n/zh-CN.ts";

const url = "https://pod.example.org/";

describe("followLinks", () => {
  it("keeps the podcaster's order, names each app in the page's language, and ends with the site's own feed", () => {
    const show = { url, follow: { ximalaya: "https://www.ximalaya.com/album/1", netease: "https://music.163.com/#/djradio?id=1", apple: "https://podcasts.apple.com/cn/podcast/id1" } };
    expect(followLinks(show, zhCN.followPlatforms)).toEqual([
      { platform: "ximalaya", label: "喜马拉雅", url: "https://www.ximalaya.com/album/1" },
      { platform: "netease", label: "网易云音乐", url: "https://music.163.com/#/djradio?id=1" },
      { platform: "apple", label: "Apple 播客", url: "https://podcasts.apple.com/cn/podcast/id1" },
      { platform: "rss", label: "RSS 订阅", url: "https://pod.example.org/feed.xml" },
    ]);
  });

  it("links rss to the host's feed when the site publishes none", () => {
    expect(followLinks({ url, feed: { enabled: false, url: "https://feeds.host.example/show.xml" } }, en.followPlatforms)).toEqual([
      { platform: "rss", label: "RSS feed", url: "https://feeds.host.example/show.xml" },
    ]);
  });

  it("keeps rss where the podcaster placed it, with their address", () => {
    const show = { url, follow: { rss: "https://feeds.host.example/show.xml", spotify: "https://open.spotify.com/show/1" } };
    expect(followLinks(show, en.followPlatforms).map((link) => [link.platform, link.url])).toEqual([
      ["rss", "https://feeds.host.example/show.xml"],
      ["spotify", "https://open.spotify.com/show/1"],
    ]);
  });

  it("labels { label, url } platforms as given, and an unknown bare key as written", () => {
    const show = { url, feed: { enabled: false }, follow: { bilibili: { label: "Bilibili", url: "https://space.bilibili.com/1" }, spotfy: "https://open.spotify.com/show/1" } };
    expect(followLinks(show, en.followPlatforms)).toEqual([
      { platform: "bilibili", label: "Bilibili", url: "https://space.bilibili.com/1" },
      { platform: "spotfy", label: "spotfy", url: "https://open.spotify.com/show/1" },
    ]);
  });

  it("on an episode: its own address replaces the show's for that app, its other apps come after", () => {
    const show = { url, feed: { enabled: false }, follow: { spotify: "https://open.spotify.com/show/1", apple: "https://podcasts.apple.com/us/podcast/id1" } };
    const episode = { youtube: "https://www.youtube.com/watch?v=abc", apple: "https://podcasts.apple.com/us/podcast/ep/id1?i=2" };
    expect(followLinks(show, en.followPlatforms, episode)).toEqual([
      { platform: "spotify", label: "Spotify", url: "https://open.spotify.com/show/1" },
      { platform: "apple", label: "Apple Podcasts", url: "https://podcasts.apple.com/us/podcast/ep/id1?i=2" },
      { platform: "youtube", label: "YouTube", url: "https://www.youtube.com/watch?v=abc" },
    ]);
  });
});
