import { describe, expect, it } from "vitest";
import { forwardingPage, oldLinkRedirects, redirectsFile } from "../../../src/lib/redirects/old-links.ts";

describe("redirects from old episode pages", () => {
  const redirects = oldLinkRedirects([
    { slug: "episode-8", link: "https://show.example.com/2020/10/episode-8.html" },
    { slug: "episode-9", link: "https://show.example.com/episodes/nine-the-pioneers" },
    { slug: "episode-10", link: "https://show.example.com/podcast/ten/" },
    // Same address as the new page: nothing to redirect.
    { slug: "episode-11", link: "https://show.example.com/episodes/episode-11/" },
    // WordPress's query-only address and the home page are not the episode's own path.
    { slug: "episode-12", link: "https://show.example.com/?p=123" },
    { slug: "episode-13" },
  ]);

  it("maps each old path to the new page, with the file that answers there", () => {
    expect(redirects).toEqual([
      { from: "/2020/10/episode-8.html", to: "/episodes/episode-8/", file: "2020/10/episode-8.html" },
      { from: "/episodes/nine-the-pioneers", to: "/episodes/episode-9/", file: "episodes/nine-the-pioneers/index.html" },
      { from: "/podcast/ten/", to: "/episodes/episode-10/", file: "podcast/ten/index.html" },
    ]);
  });

  it("writes them as permanent moves in _redirects", () => {
    expect(redirectsFile(redirects)).toBe(
      "/2020/10/episode-8.html /episodes/episode-8/ 301\n/episodes/nine-the-pioneers /episodes/episode-9/ 301\n/podcast/ten/ /episodes/episode-10/ 301\n",
    );
  });

  it("forwards with a meta refresh and a link for hosts without _redirects", () => {
    const page = forwardingPage("/episodes/episode-8/", "https://pod.example.org/episodes/episode-8/");
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/episodes/episode-8/">');
    expect(page).toContain('<link rel="canonical" href="https://pod.example.org/episodes/episode-8/">');
    expect(page).toContain('<a href="/episodes/episode-8/">https://pod.example.org/episodes/episode-8/</a>');
  });
});
