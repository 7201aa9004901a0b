import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en.ts";
import { zhCN } from "../../../src/i18n/zh-CN.ts";
import { searchResultStrings } from "../../../src/lib/search/moment-label.ts";
import { findMoments, type PagefindFragment } from "../../../src/lib/search/moments.ts";
import { queryTerms } from "../../../src/lib/search/query.ts";
import { resultCard } from "../../../src/browser/search/result-card.ts";

// Shaped like Pagefind's data for a search document (search-document.ts): the
// header's words, then one h2 anchor per section, then a speaker span per
// transcript paragraph; anchor locations count the content's words, and the
// timed chapters come as the `chapters` metadata, commas escaped as Pagefind keeps them.
const fragment: PagefindFragment = {
  url: "/episodes/bloat/",
  meta: { title: "Bloat", chapters: '[[0\\,"Welcome"]\\,[600\\,"Fixing it\\, slowly"]]' },
  content: [
    "Bloat. Table bloat explained.", // 0-3
    "Summary. Michael and Chelsea on vacuum.", // 4-9
    "Key takeaways. Rewrite with squeeze.", // 10-14
    "Chapters. Welcome Fixing it", // 15-18
    "Transcript.", // 19
    "Michael we run vacuum weekly.", // 20-24
    "Chelsea vacuum and pg_repack both rewrite.", // 25-30
    "Michael pg_repack again.", // 31-33
  ].join(" "),
  anchors: [
    { element: "h2", id: "summary-heading", text: "Summary", location: 4 },
    { element: "h2", id: "takeaways-heading", text: "Key takeaways", location: 10 },
    { element: "h2", id: "chapters-heading", text: "Chapters", location: 15 },
    { element: "h2", id: "transcript-heading", text: "Transcript", location: 19 },
    { element: "span", id: "t64", text: "Michael", location: 20 },
    { element: "span", id: "t986", text: "Chelsea", location: 25 },
    { element: "span", id: "t1200", text: "Michael", location: 31 },
  ],
};
const strings = searchResultStrings(en);

function card(query: string, page = fragment) {
  const terms = queryTerms(query);
  return resultCard(page, terms, findMoments(page, terms), strings);
}

describe("resultCard", () => {
  it("links the main card to the first moment with the words, labelled, and lists the others below it", () => {
    const result = card("pg_repack");
    expect(result.url).toBe("/episodes/bloat/?t=986#t986");
    expect(result.where).toEqual({ text: "16:26 · Chelsea · Fixing it, slowly", spoken: "16:26, Chelsea, chapter: Fixing it, slowly", name: "16:26, Chelsea, Fixing it, slowly" });
    expect(result.excerpt.excerptHtml).toBe("vacuum and <mark>pg_repack</mark> both rewrite.");
    expect(result.moments.map(({ url, label }) => [url, label.text])).toEqual([["/episodes/bloat/?t=1200#t1200", "20:00 · Michael · Fixing it, slowly"]]);
  });

  it("prefers a moment to a section holding as many of the words", () => {
    // "vacuum" is in the summary too; the transcript says it at 1:04.
    const result = card("vacuum");
    expect(result.url).toBe("/episodes/bloat/?t=64#t64");
    expect(result.where?.text).toBe("1:04 · Michael · Welcome");
    expect(result.moments.map((moment) => moment.url)).toEqual(["/episodes/bloat/?t=986#t986"]);
  });

  it("links the summary or takeaways heading when that section holds more of the words than any moment", () => {
    const summary = card("Chelsea vacuum Michael");
    expect(summary.url).toBe("/episodes/bloat/#summary-heading");
    expect(summary.where).toEqual({ text: "Summary", spoken: "Summary", name: "Summary" });
    expect(summary.excerpt.excerptHtml).toBe("<mark>Michael</mark> and <mark>Chelsea</mark> on <mark>vacuum</mark>.");
    const takeaways = card("squeeze");
    expect(takeaways.url).toBe("/episodes/bloat/#takeaways-heading");
    expect(takeaways.where?.text).toBe("Key takeaways");
    expect(takeaways.moments).toEqual([]);
  });

  it("opens the page at its top for a match in the title or description alone", () => {
    const result = card("explained");
    expect(result.url).toBe("/episodes/bloat/");
    expect(result.where).toBeUndefined();
    expect(result.excerpt.excerptHtml).toContain("<mark>explained</mark>");
  });

  it("does not count a section's own heading as a match", () => {
    expect(card("takeaways").url).toBe("/episodes/bloat/");
  });

  it("names no chapter for a moment before the first one, and says ≈ for an estimated time", () => {
    const estimated: PagefindFragment = {
      url: "/podcast/episodes/estimated/",
      meta: { title: "Estimated", starts: "p1=0 p2=190", chapters: '[[120\\,"开场"]]' },
      content: "Estimated. Transcript. 李明 一开始 没有 章节 李明 大模型 的 护城河",
      anchors: [
        { element: "h2", id: "transcript-heading", text: "Transcript", location: 1 },
        { element: "span", id: "p1", text: "李明", location: 2 },
        { element: "span", id: "p2", text: "李明", location: 6 },
      ],
    };
    const chinese = searchResultStrings(zhCN);
    const first = resultCard(estimated, queryTerms("章节"), findMoments(estimated, queryTerms("章节")), chinese);
    expect([first.url, first.where]).toEqual(["/podcast/episodes/estimated/?t=0#p1", { text: "≈ 0:00 · 李明", spoken: "约 0:00，李明", name: "约 0:00，李明" }]);
    const second = resultCard(estimated, queryTerms("护城河"), findMoments(estimated, queryTerms("护城河")), chinese);
    expect([second.url, second.where]).toEqual(["/podcast/episodes/estimated/?t=190#p2", { text: "≈ 3:10 · 李明 · 开场", spoken: "约 3:10，李明，章节：开场", name: "约 3:10，李明，开场" }]);
  });
});
