import { describe, expect, it } from "vitest";
import { absoluteUrl, episodePath, webUrl } from "../../../src/lib/urls/site-urls.ts";

describe("absoluteUrl", () => {
  it("resolves site-relative paths under the site's own path", () => {
    expect(absoluteUrl("https://x.org/show", "/episodes/a/")).toBe("https://x.org/show/episodes/a/");
    expect(absoluteUrl("https://x.org/", "/")).toBe("https://x.org/");
  });
  it("keeps absolute URLs", () => {
    expect(absoluteUrl("https://x.org/", "https://cdn.example.org/a.mp3")).toBe("https://cdn.example.org/a.mp3");
  });
  it("builds the episode page address with its trailing slash", () => {
    expect(absoluteUrl("https://x.org/", episodePath("ai-startups"))).toBe("https://x.org/episodes/ai-startups/");
  });
});

describe("webUrl", () => {
  it("gives an absolute http(s) address, and nothing for a data: URL crawlers cannot fetch", () => {
    expect(webUrl("https://x.org/", "/art.png")).toBe("https://x.org/art.png");
    expect(webUrl("https://x.org/", "data:image/png;base64,AAAA")).toBeUndefined();
    expect(webUrl("https://x.org/", undefined)).toBeUndefined();
  });
});
