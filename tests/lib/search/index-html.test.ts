import { describe, expect, it } from "vitest";
import { toIndexView } from "../../../src/lib/search/index-html.ts";
import { needsSegmentation, segmentWords } from "../../../src/lib/search/segment.ts";

describe("segmentWords", () => {
  it("joins the words Intl.Segmenter finds with U+200B, as Pagefind's browser code splits a query", () => {
    expect(segmentWords("大模型的护城河在哪里", "zh-CN")).toBe("大​模型​的​护城河​在​哪里");
    expect(segmentWords("用 stable diffusion 训练", "zh-CN")).toBe("用 ​stable ​diffusion ​训练");
  });

  it("is stable when run twice (existing U+200B are not doubled)", () => {
    const once = segmentWords("护城河在哪里", "zh-CN");
    expect(segmentWords(once, "zh-CN")).toBe(once);
  });

  it("applies to Chinese, Japanese and Thai, not to English", () => {
    expect(["zh-CN", "zh", "ja", "th"].map(needsSegmentation)).toEqual([true, true, true, true]);
    expect(["en", "en-US", undefined].map(needsSegmentation)).toEqual([false, false, false]);
  });
});

describe("toIndexView", () => {
  const page = (lang: string) =>
    `<!doctype html><html lang="${lang}"><head><title>护城河</title><script>const a = "护城河";</script></head><body>` +
    `<nav>首页导航</nav><article data-pagefind-body><h1>护城河在哪里</h1>` +
    `<div class="para" id="t12"><p class="para-meta" data-pagefind-ignore><a class="time" href="?t=12#t12">0:12</a><span class="speaker">Monica</span></p>` +
    `<p class="para-text">大模型的护城河</p></div></article><footer>页脚文字</footer></body></html>`;

  it("segments text inside data-pagefind-body only, keeping attributes", () => {
    const view = toIndexView(page("zh-CN"));
    expect(view).toMatchObject({ lang: "zh-CN", indexed: true });
    expect(view.html).toContain('<p class="para-text">大​模型​的​护城河</p>');
    expect(view.html).toContain("<h1>护城河​在​哪里</h1>");
    expect(view.html).toContain("<nav>首页导航</nav>");
    expect(view.html).toContain("<footer>页脚文字</footer>");
    expect(view.html).toContain('const a = "护城河";');
  });

  it("moves a transcript paragraph's id to a span holding only the speaker, so Pagefind does not store the paragraph twice", () => {
    const view = toIndexView(page("en"));
    expect(view.html).toContain('<div class="para"><span id="t12">Monica</span><p class="para-meta" data-pagefind-ignore="">');
    expect(view.html).toContain("<h1>护城河在哪里</h1>");
  });

  it("hands pages without transcript paragraphs over unchanged unless they need segmenting", () => {
    const served = '<html lang="en"><body><article data-pagefind-body><h2 id="chapters">Chapters</h2><p id="note">Hi</p></article></body></html>';
    expect(toIndexView(served)).toEqual({ lang: "en", indexed: true, html: served });
  });

  it("reports pages without a data-pagefind-body region as not indexed", () => {
    expect(toIndexView('<html lang="zh-CN"><body><p>首页</p></body></html>').indexed).toBe(false);
  });

  it("hands the estimated starts of p<n> paragraphs to Pagefind as the page's `starts` metadata, and none for timed pages", () => {
    const estimated =
      `<!doctype html><html lang="en"><body><article data-pagefind-body>` +
      `<div class="para" id="p1" data-start="0"><p class="para-text">Welcome back.</p></div>` +
      `<div class="para" id="p2" data-start="41.7"><p class="para-text">Planning starts with the listener.</p></div>` +
      `<div class="para" id="p3"><p class="para-text">No time at all.</p></div></article></body></html>`;
    expect(toIndexView(estimated).html).toContain('<span data-pagefind-meta="starts:p1=0 p2=41"></span></article>');
    expect(toIndexView(page("en")).html).not.toContain("data-pagefind-meta");
  });
});
