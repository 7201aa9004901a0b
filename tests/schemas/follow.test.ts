import { describe, expect, it } from "vitest";
import { FollowSchema } from "../../src/schemas/follow.ts";
import { ShowSchema } from "../../src/schemas/show.ts";
import { EpisodeFrontmatterSchema } from "../../src/schemas/episode.ts";

describe("follow:", () => {
  it("takes platform → address and { label, url } for other platforms, keeping the order written", () => {
    const follow = FollowSchema.parse({
      xiaoyuzhou: "https://www.xiaoyuzhoufm.com/podcast/1",
      apple: "https://podcasts.apple.com/us/podcast/id1",
      bilibili: { label: "哔哩哔哩", url: "https://space.bilibili.com/1" },
    });
    expect(Object.keys(follow)).toEqual(["xiaoyuzhou", "apple", "bilibili"]);
    expect(follow.bilibili).toEqual({ label: "哔哩哔哩", url: "https://space.bilibili.com/1" });
  });

  it.each(["javascript:alert(1)", "ftp://files.example.org/feed", "data:text/html,hi", "not a url", "//open.spotify.com/show/1"])(
    "refuses %s: buttons open web pages only",
    (url) => {
      expect(FollowSchema.safeParse({ spotify: url }).success).toBe(false);
      expect(FollowSchema.safeParse({ other: { label: "Other", url } }).success).toBe(false);
    },
  );

  it("needs a label for a platform given as { label, url }", () => {
    expect(FollowSchema.safeParse({ other: { url: "https://example.org/" } }).success).toBe(false);
    expect(FollowSchema.safeParse({ other: { label: "", url: "https://example.org/" } }).success).toBe(false);
  });

  it("is optional in show.yaml and in an episode, and accepted in both", () => {
    const show = { title: "T", description: "D", language: "en", url: "https://pod.example.org/", author: "A" };
    expect(ShowSchema.parse(show).follow).toBeUndefined();
    expect(ShowSchema.parse({ ...show, follow: { apple: "https://podcasts.apple.com/x" } }).follow).toEqual({ apple: "https://podcasts.apple.com/x" });
    const episode = EpisodeFrontmatterSchema.parse({ title: "E", follow: { spotify: "https://open.spotify.com/episode/1" } });
    expect(episode.follow).toEqual({ spotify: "https://open.spotify.com/episode/1" });
  });

  it("lets hosts and guests be plain names", () => {
    expect(EpisodeFrontmatterSchema.parse({ title: "E", guests: ["Bob Li", "王小明"] }).guests).toEqual(["Bob Li", "王小明"]);
  });
});
