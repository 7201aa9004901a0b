import { describe, expect, it } from "vitest";
import { findMoments, pageContainsAll, type PagefindFragment } from "../../../src/lib/search/moments.ts";
import { queryTerms } from "../../../src/lib/search/query.ts";

// Shaped like Pagefind's fragment data for the index copy of a page
// (search-document.ts): each transcript paragraph starts with an id-holder span
// whose text is the speaker; anchor locations count the content's words.
const fragment: PagefindFragment = {
  url: "/episodes/bloat/",
  meta: { title: "Bloat" },
  content: "Bloat. Transcript. Michael we use pg_repack weekly. Chelsea autovacuum runs & pg_repack <too> 护城河在哪里 pg_repack in a div",
  anchors: [
    { element: "h2", id: "transcript-heading", text: "Transcript", location: 1 },
    { element: "span", id: "t986", text: "Michael", location: 2 },
    { element: "span", id: "t1214-2", text: "Chelsea", location: 7 },
    { element: "span", id: "p3", text: "", location: 13 },
    { element: "div", id: "t5", text: "pg_repack in a div", location: 14 },
  ],
};

describe("findMoments", () => {
  it("links every transcript paragraph containing the words to its moment, with time and speaker", () => {
    const moments = findMoments(fragment, queryTerms("pg_repack"));
    expect(moments.map(({ url, seconds, clock, speaker }) => ({ url, seconds, clock, speaker }))).toEqual([
      { url: "/episodes/bloat/?t=986#t986", seconds: 986, clock: "16:26", speaker: "Michael" },
      { url: "/episodes/bloat/?t=1214#t1214-2", seconds: 1214, clock: "20:14", speaker: "Chelsea" },
    ]);
  });

  it("marks the words in an escaped excerpt", () => {
    const [, second] = findMoments(fragment, queryTerms("pg_repack"));
    expect(second?.excerptHtml).toBe("autovacuum runs &#38; <mark>pg_repack</mark> &#60;too&#62;");
  });

  it("uses #p<n> without ?t= for an untimed paragraph", () => {
    expect(findMoments(fragment, queryTerms("城河")).map((moment) => [moment.url, moment.seconds])).toEqual([["/episodes/bloat/#p3", undefined]]);
  });

  it("links a paragraph whose time the page estimated with ?t=, exactly as the page's own link (paragraphHref)", () => {
    const estimated: PagefindFragment = {
      url: "https://timed.example.com/episodes/estimated-times/",
      meta: { title: "Estimated", starts: "p1=0 p2=41" },
      content: "Welcome back to the show. Planning starts with the listener. Thanks for listening.",
      anchors: [
        { element: "span", id: "p1", text: "", location: 0 },
        { element: "span", id: "p2", text: "", location: 5 },
        { element: "span", id: "p3", text: "", location: 10 },
      ],
    };
    // Written by hand from the served page: <a class="time" href="/episodes/estimated-times/?t=41#p2">≈ 0:41</a>.
    expect(findMoments(estimated, queryTerms("listener")).map(({ url, seconds, clock, approximate }) => ({ url, seconds, clock, approximate }))).toEqual([
      // An absolute address in the index is kept to its path: the link stays on the site the listener is on.
      { url: "/episodes/estimated-times/?t=41#p2", seconds: 41, clock: "0:41", approximate: true },
    ]);
    // A paragraph the page gives no time keeps its bare fragment.
    expect(findMoments(estimated, queryTerms("thanks")).map((moment) => [moment.url, moment.seconds])).toEqual([["/episodes/estimated-times/#p3", undefined]]);
  });

  it("builds each link on the page address the index gives, so a site under a base path keeps it", () => {
    const underBase: PagefindFragment = { ...fragment, url: "/podcast/episodes/bloat/" };
    expect(findMoments(underBase, queryTerms("pg_repack")).map((moment) => moment.url)).toEqual([
      "/podcast/episodes/bloat/?t=986#t986",
      "/podcast/episodes/bloat/?t=1214#t1214-2",
    ]);
  });

  it("prefers paragraphs holding every term, and finds none for absent words", () => {
    expect(findMoments(fragment, queryTerms("autovacuum pg_repack")).map((moment) => moment.paragraphId)).toEqual(["t1214-2"]);
    expect(findMoments(fragment, queryTerms("kubernetes"))).toEqual([]);
  });
});

describe("findMoments on segmented pages", () => {
  it("splits segmented Chinese content on the U+200B of raw_content", () => {
    const indexed: PagefindFragment = {
      url: "/e/",
      meta: {},
      content: "标题。大模型的护城河在哪里开源社区",
      raw_content: "标题​。​大​模型​的​护城河​在​哪里​开源​社区",
      anchors: [
        { element: "span", id: "p1", text: "", location: 2 },
        { element: "span", id: "p2", text: "", location: 8 },
      ],
    };
    expect(findMoments(indexed, queryTerms("城河在")).map(({ url, text }) => ({ url, text }))).toEqual([{ url: "/e/#p1", text: "大模型的护城河在哪里" }]);
  });
});

describe("pageContainsAll", () => {
  it("checks the title and the indexed text", () => {
    expect(pageContainsAll(fragment, queryTerms("bloat autovacuum"))).toBe(true);
    expect(pageContainsAll(fragment, queryTerms("bloat kubernetes"))).toBe(false);
  });
});
