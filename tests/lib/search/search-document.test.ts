import { describe, expect, it } from "vitest";
import { searchDocumentHtml, type SearchDocument } from "../../../src/lib/search/search-document.ts";

const base: SearchDocument = {
  url: "/episodes/moats/",
  lang: "zh-CN",
  fields: { meta: { title: "护城河在哪里", date: "2024-03-01" }, filters: { person: ["Monica"], tag: ["AI, 创业"], year: ["2024"] }, sort: { date: "2024-03-01" } },
  numberLabel: "第 3 期",
  title: "护城河在哪里",
  summary: { heading: "简介", html: '<p>聊聊<a href="https://example.com/">大模型</a>的护城河</p>' },
  takeaways: { heading: "要点", html: ["<strong>人才。</strong>工程师很重要"] },
  chapters: { heading: "章节", items: [{ time: "12:34", start: 754, title: "开场" }, { title: "没有时间" }] },
  transcript: {
    heading: "文字稿",
    paragraphs: [
      { id: "t12", speaker: "Monica", text: "大模型的stable diffusion护城河" },
      { id: "t40", text: "第二段" },
    ],
  },
};

describe("searchDocumentHtml", () => {
  it("puts the page's words in one data-pagefind-body region, in the page's order, with the page's language", () => {
    const html = searchDocumentHtml({ ...base, lang: "en" });
    expect(html).toMatch(/^<html lang="en"><body><article data-pagefind-body="">/);
    const order = ["第 3 期", "<h1>护城河在哪里</h1>", '<h2 id="summary-heading">简介</h2>', "大模型</a>", '<h2 id="takeaways-heading">要点</h2>', "<strong>人才。</strong>", '<h2 id="chapters-heading">章节</h2>', "<a>12:34</a><span>开场</span>", '<h2 id="transcript-heading">文字稿</h2>', "第二段"];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("gives metadata, filters (commas escaped as Pagefind documents) and sort keys as attributes", () => {
    const html = searchDocumentHtml({ ...base, lang: "en" });
    expect(html).toContain('<span data-pagefind-meta="title:护城河在哪里"></span><span data-pagefind-meta="date:2024-03-01"></span>');
    expect(html).toContain('<span data-pagefind-filter="tag:AI\\, 创业"></span>');
    expect(html).toContain('<span data-pagefind-sort="date:2024-03-01"></span>');
  });

  it("puts each paragraph's id on a span at its start holding only the speaker, so Pagefind does not store the paragraph twice", () => {
    const html = searchDocumentHtml({ ...base, lang: "en" });
    expect(html).toContain('<div><span id="t12">Monica</span><p>大模型的stable diffusion护城河</p></div>');
    expect(html).toContain('<div><span id="t40"></span><p>第二段</p></div>');
  });

  it("segments Chinese text into words with U+200B, English terms inside it included, leaving attributes alone", () => {
    const html = searchDocumentHtml(base);
    expect(html).toContain("<h1>护城河​在​哪里</h1>");
    // One text per paragraph: no word glued to the next across a language span's edge.
    expect(html).toContain("<p>大​模型​的​stable ​diffusion​护城河</p>");
    expect(html).toContain('data-pagefind-meta="title:护城河在哪里"');
  });

  it("hands estimated starts of p<n> paragraphs over as the `starts` metadata, and says when there is no transcript", () => {
    const estimated = searchDocumentHtml({
      ...base,
      lang: "en",
      transcript: { heading: "Transcript", paragraphs: [{ id: "p1", text: "Hi", estimatedStart: 0 }, { id: "p2", text: "Yes", estimatedStart: 41 }] },
    });
    expect(estimated).toContain('<span data-pagefind-meta="starts:p1=0 p2=41"></span></article>');
    expect(searchDocumentHtml({ ...base, lang: "en" })).not.toContain("starts:");
    const empty = searchDocumentHtml({ ...base, lang: "en", transcript: { heading: "Transcript", empty: "No transcript yet.", paragraphs: [] } });
    expect(empty).toContain('<h2 id="transcript-heading">Transcript</h2><p>No transcript yet.</p>');
  });

  it("hands the timed chapters over as the `chapters` metadata (start and title), commas escaped, and none when no chapter is timed", () => {
    const html = searchDocumentHtml({
      ...base,
      chapters: { heading: "Chapters", items: [{ time: "0:00", start: 0, title: "Hello, world" }, { title: "Untimed" }, { time: "1:04", start: 64, title: "好的音频" }] },
    });
    expect(html).toContain('<span data-pagefind-meta="chapters:[[0\\,&#x22;Hello\\, world&#x22;]\\,[64\\,&#x22;好的音频&#x22;]]"></span>');
    expect(searchDocumentHtml({ ...base, chapters: { heading: "Chapters", items: [{ title: "Untimed" }] } })).not.toContain("chapters:");
  });
});
