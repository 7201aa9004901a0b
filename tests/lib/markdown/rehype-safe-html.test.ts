import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { rehypeSafeHtml } from "../../../src/lib/markdown/rehype-safe-html.ts";
import { isSafeUrl } from "../../../src/lib/urls/safe-url.ts";

async function render(markdown: string, allowHtml = false): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSafeHtml, { allowHtml })
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe("rehypeSafeHtml", () => {
  it("removes scripts and event handlers from summaries by default, keeping the text around them", async () => {
    expect(await render('Hi <script>window.__pwned = 1</script> <img src="/a.png" alt="a" onerror="alert(1)"> there'))
      .toBe('<p>Hi  <img src="/a.png" alt="a"> there</p>');
  });

  it("keeps harmless HTML such as <kbd> and <details> when cleaning", async () => {
    expect(await render("<details><summary>More</summary>\n\nPress <kbd>K</kbd>\n\n</details>"))
      .toBe("<details><summary>More</summary>\n<p>Press <kbd>K</kbd></p>\n</details>");
  });

  it("keeps HTML as written when the show sets allowHtml", async () => {
    expect(await render('<iframe src="https://player.example.com/1"></iframe>', true))
      .toBe('<iframe src="https://player.example.com/1"></iframe>');
  });

  it("removes javascript: URLs from Markdown links and from allowed HTML", async () => {
    expect(await render("[click](javascript:alert(1))")).toBe("<p><a>click</a></p>");
    expect(await render('<a href=" JaVa\tScript:alert(1)">x</a>', true)).toBe("<p><a>x</a></p>");
  });

  it("recognises disguised script URLs and leaves ordinary ones alone", () => {
    expect(isSafeUrl("\u0001 java\nscript:alert(1)")).toBe(false);
    expect(isSafeUrl("VBScript:x")).toBe(false);
    expect(isSafeUrl("https://example.com/javascript:")).toBe(true);
    expect(isSafeUrl("/episodes/one/?t=12#t12")).toBe(true);
  });
});

describe("rehypeSafeHtml and the summary plugins' markup", () => {
  it("keeps ids, classes and data-/aria- attributes, which cannot run code", async () => {
    expect(await render('<a href="/episodes/x/?t=698#t691" class="moment" data-t="698" aria-label="6:38" id="m1">11:38</a>'))
      .toBe('<p><a href="/episodes/x/?t=698#t691" class="moment" data-t="698" aria-label="6:38" id="m1">11:38</a></p>');
  });
});
