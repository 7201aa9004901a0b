import { describe, expect, it } from "vitest";
import { ShowSchema } from "../../../src/schemas/show.ts";
import { feedUrl, publishesOwnFeed } from "../../../src/lib/urls/feed-url.ts";

const base = { title: "S", description: "D", language: "en", url: "https://x.org/", author: "A" };

describe("the show's feed settings", () => {
  it("publish our own feed by default, unlocked, episodic", () => {
    const show = ShowSchema.parse(base);
    expect(publishesOwnFeed(show)).toBe(true);
    expect(feedUrl(show)).toBe("https://x.org/feed.xml");
    expect(show.locked).toBeUndefined();
    expect(show.type).toBeUndefined();
  });

  it("link the host's feed when ours is turned off", () => {
    const show = ShowSchema.parse({ ...base, feed: { enabled: false, url: "https://host.example.net/rss" } });
    expect(publishesOwnFeed(show)).toBe(false);
    expect(feedUrl(show)).toBe("https://host.example.net/rss");
  });

  it("ask for the host's feed address when ours is turned off", () => {
    const result = ShowSchema.safeParse({ ...base, feed: { enabled: false } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("feed.enabled is false, so give feed.url: the address of the feed at your podcast host");
  });

  it("ask for an owner email before locking the feed", () => {
    const result = ShowSchema.safeParse({ ...base, locked: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("locked: true needs owner (name and email): podcast hosts email the owner to confirm a move");
  });

  it("accept a podcast guid only as a UUID", () => {
    expect(ShowSchema.safeParse({ ...base, guid: "not-a-uuid" }).success).toBe(false);
    expect(ShowSchema.parse({ ...base, guid: "917393e3-1b1e-5cef-ace4-edaa54e1f810" }).guid).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
  });
});

describe("the show's artwork", () => {
  it("is written with %20 for spaces, so pages, previews and the feed carry a valid URL", () => {
    expect(ShowSchema.parse({ ...base, artwork: "/cover art.png" }).artwork).toBe("/cover%20art.png");
  });

  it("is refused as a data: address, like every address a person writes (the one URL rule)", () => {
    expect(ShowSchema.safeParse({ ...base, artwork: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E" }).success).toBe(false);
  });
});
