import { describe, expect, it } from "vitest";
import { podcastGuid } from "../../../src/lib/feed/podcast-guid.ts";

describe("podcastGuid", () => {
  it("gives the spec's example value for the spec's example feed", () => {
    // https://podcasting2.org/podcast-namespace/tags/guid: "mp3s.nashownotes.com/pc20rss.xml"
    expect(podcastGuid("https://mp3s.nashownotes.com/pc20rss.xml")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
  });

  it("ignores the scheme and trailing slashes, as the spec says", () => {
    expect(podcastGuid("http://mp3s.nashownotes.com/pc20rss.xml/")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
  });
});
