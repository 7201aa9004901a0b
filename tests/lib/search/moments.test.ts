import { describe, expect, it } from "vitest";
import { findMoments, pageContainsAll, type PagefindFragment } from "../../../src/lib/search/moments.ts";
import { queryTerms } from "../../../src/lib/search/query.ts";

// Shaped like Pagefind's fragment data for a pre-segmented page: every element
// with an id inside the indexed region is an anchor with its text.
const fragment: PagefindFragment = {
  url: "/episodes/bloat/",
  meta: { title: "Bloat" },
  content: "Bloat​ ​Michael​:​ ​we​ ​use​ ​pg_repack​ ​Chelsea​:​ ​autovacuum​ ​runs",
  anchors: [
    { element: "h2", id: "transcript-heading", text: "Transcript", location: 1 },
    { element: "p", id: "t986", text: "Michael​:​ ​we​ ​use​ ​pg_repack​ ​weekly", location: 2 },
    { element: "p", id: "t1214-2", text: "Chelsea: autovacuum runs & pg_repack <too>", location: 8 },
    { element: "p", id: "p3", text: "护城河在哪里", location: 12 },
    { element: "div", id: "t5", text: "pg_repack in a div is not a paragraph", location: 14 },
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

  it("prefers paragraphs holding every term, and finds none for absent words", () => {
    expect(findMoments(fragment, queryTerms("autovacuum pg_repack")).map((moment) => moment.paragraphId)).toEqual(["t1214-2"]);
    expect(findMoments(fragment, queryTerms("kubernetes"))).toEqual([]);
  });
});

describe("findMoments on the index copy's id-holders", () => {
  it("reads each paragraph's text from the page's words up to the next anchor", () => {
    const indexed: PagefindFragment = {
      url: "/episodes/bloat/",
      meta: { title: "Bloat" },
      content: "Bloat talk. Michael: we use pg_repack weekly. Chelsea: autovacuum runs daily.",
      anchors: [
        { element: "span", id: "t0", text: "", location: 2 },
        { element: "span", id: "t19", text: "", location: 7 },
      ],
    };
    expect(findMoments(indexed, queryTerms("pg_repack")).map(({ url, speaker, text }) => ({ url, speaker, text }))).toEqual([
      { url: "/episodes/bloat/?t=0#t0", speaker: "Michael", text: "we use pg_repack weekly." },
    ]);
    expect(findMoments(indexed, queryTerms("daily")).map((moment) => moment.paragraphId)).toEqual(["t19"]);
  });

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
