import fc from "fast-check";
import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { parseEntities } from "parse-entities";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { rehypeSafeHtml } from "../../../src/lib/markdown/rehype-safe-html.ts";
import { checkUrl, isSafeUrl } from "../../../src/lib/urls/safe-url.ts";

const ALLOWED_PROTOCOLS = ["https:", "http:", "mailto:"];

/** What a browser would navigate to: the WHATWG URL parser (Node's URL) on the attribute value after HTML decoding. */
function browserProtocol(written: string): string | undefined {
  try {
    return new URL(parseEntities(written, { attribute: true }), "https://podcast.example.com/episodes/one/").protocol;
  } catch {
    return undefined; // Not a URL at all: a browser does not follow it.
  }
}

/** One character as a browser still reads it: itself, either case, or a character reference. */
const disguisedChar = (char: string) =>
  fc.oneof(
    fc.constant(char),
    fc.constant(char.toUpperCase()),
    fc.constant(`&#${char.codePointAt(0)};`),
    fc.constant(`&#x${char.codePointAt(0)!.toString(16)};`),
    fc.constant(`&#X${char.codePointAt(0)!.toString(16).toUpperCase()};`),
    // Unterminated decimal: safe to generate, as the next character is a letter, a tab or the colon.
    fc.constant(`&#0000${char.codePointAt(0)}`),
  );

/** Tabs and newlines, which browsers delete anywhere in a URL. */
const ignoredInside = fc.array(fc.constantFrom("\t", "\n", "\r", "&Tab;", "&NewLine;", "&#9;", "&#x0A;"), { maxLength: 2 }).map((parts) => parts.join(""));
/** Leading spaces and C0 controls, which browsers strip. */
const ignoredBefore = fc.array(fc.constantFrom(" ", "\u0000", "\u0001", "\u001f", "\t", "\f", "&#32;", "&#x01;"), { maxLength: 3 }).map((parts) => parts.join(""));

// Unterminated only in decimal: what follows the colon (a letter or /) cannot extend a decimal reference.
const colon = fc.constantFrom(":", "&colon;", "&#58;", "&#x3a;", "&#58");

/** `javascript:`, `vbscript:` and `data:` addresses in every disguise browsers see through. */
const disguisedScriptUrl = fc
  .tuple(
    ignoredBefore,
    fc.constantFrom("javascript", "vbscript", "data"),
    colon,
    fc.constantFrom("alert(1)", "window.__pwned=1", "text/html,<script>alert(1)</script>", "//%0aalert(1)"),
  )
  .chain(([before, scheme, separator, payload]) =>
    fc.tuple(...[...scheme].map((char) => fc.tuple(disguisedChar(char), ignoredInside).map(([c, gap]) => c + gap))).map(
      (chars) => `${before}${chars.join("")}${separator}${payload}`,
    ),
  );

describe("the URL rule", () => {
  it("refuses javascript:, vbscript: and data: in any case, with character references, spaces, tabs or control characters", () => {
    fc.assert(
      fc.property(disguisedScriptUrl, (url) => {
        expect(isSafeUrl(url)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("the generator is honest: a browser reads each of those as a script or data address", () => {
    fc.assert(
      fc.property(disguisedScriptUrl, (url) => {
        // Control characters other than tab/newline inside the scheme make a browser read a relative path instead; the rule refuses those anyway.
        const protocol = browserProtocol(url);
        if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|&#x?0*(?:[1-8]|1[1-9]|2\d|3[01]|[bcef]|1[0-9a-f]);?/i.test(url.replace(/^[\s\S]*?(?=[a-z&])/i, ""))) {
          expect(["javascript:", "vbscript:", "data:"]).toContain(protocol);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never allows anything a browser would open with another protocol than https, http or mailto", () => {
    const anything = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.tuple(fc.constantFrom("", " ", "\t", "/", "\\", "//", "/\\"), fc.webUrl(), fc.string({ maxLength: 8 })).map((parts) => parts.join("")),
      fc.tuple(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,9}$/), colon, fc.string({ maxLength: 10 })).map((parts) => parts.join("")),
      disguisedScriptUrl,
    );
    fc.assert(
      fc.property(anything, (url) => {
        const protocol = browserProtocol(url);
        if (protocol !== undefined && !ALLOWED_PROTOCOLS.includes(protocol)) expect(isSafeUrl(url)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("allows web, mail and on-site addresses as podcasters write them", () => {
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isSafeUrl(url)).toBe(true);
      }),
    );
    for (const url of [
      "HTTPS://Example.com/Episode",
      "mailto:hello@podcast.example.com",
      "/audio/12.mp3",
      "episode.mp3",
      "cover art.png",
      "#chapters",
      "?t=698#t691",
      "/episodes/one/?t=12#t12",
      "https://example.com/javascript:alert(1)",
      "./notes/a:b",
      // Looks like a reference to a control character, but a page escapes the & and keeps these words as they are.
      "http://a.aa?&#1",
      "https://example.com/?a=1&#x7f",
    ]) {
      expect({ url, safe: isSafeUrl(url) }).toEqual({ url, safe: true });
    }
  });

  it("refuses addresses that leave the site without a scheme, and control characters anywhere", () => {
    expect(checkUrl("//evil.example/x")).toEqual({ safe: false, reason: expect.stringContaining("starting with //") });
    expect(checkUrl("/\\evil.example/x").safe).toBe(false);
    expect(checkUrl("https://example.com/a\u0000b")).toEqual({ safe: false, reason: expect.stringContaining("control characters") });
    expect(checkUrl("ftp://files.example.com/a.mp3")).toEqual({ safe: false, reason: expect.stringContaining('"ftp:" addresses are not published') });
  });

  it("tells the podcaster why, in words", () => {
    expect(checkUrl("JavaScript:alert(1)")).toEqual({ safe: false, reason: "a javascript: address runs code in the reader's browser, so it is never published; link to a web address (https://…) instead" });
    expect(checkUrl("data:image/png;base64,AAAA")).toMatchObject({ safe: false, reason: expect.stringMatching(/^a data: address holds a whole file/) });
  });
});

async function render(markdown: string, allowHtml: boolean): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSafeHtml, { allowHtml }).use(rehypeStringify).process(markdown);
  return String(file);
}

const attribute = (value: string) => value.replace(/&(?![#a-zA-Z])/g, "&amp;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;");

describe("the summary sanitiser uses the same rule", () => {
  it("keeps an HTML link's address only when the rule allows it (exactly then, with allowHtml)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(disguisedScriptUrl, fc.webUrl(), fc.constantFrom("/a/", "#x", "mailto:a@b.example")), fc.boolean(), async (url, allowHtml) => {
        const written = `<a href="${attribute(url)}">x</a>`;
        // The address as an HTML parser reads it (references decoded, NUL made U+FFFD).
        const parsed = String(select("a", fromHtml(written, { fragment: true }))?.properties.href);
        const html = await render(written, allowHtml);
        const kept = select("a", fromHtml(html, { fragment: true }))?.properties.href;
        // Whatever address the page keeps passes the rule, and a browser opens it as https, http or mailto.
        if (kept !== undefined) {
          expect(isSafeUrl(String(kept))).toBe(true);
          expect(ALLOWED_PROTOCOLS).toContain(browserProtocol(String(kept)));
        }
        // With allowHtml nothing else is cleaned: an address the rule allows stays. (GitHub's cleaning may refuse more.)
        // (A blank line inside the attribute ends the HTML for Markdown, so the tag is then text: nothing to keep.)
        if (allowHtml && isSafeUrl(parsed) && !/[\r\n][ \t]*[\r\n]/.test(written)) expect(kept).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it("removes refused Markdown link and image targets but keeps their words", async () => {
    expect(await render("[click](JaVaScRiPt:alert(1)) and ![cover](data:image/svg+xml,x)", true)).toBe('<p><a>click</a> and <img alt="cover"></p>');
    expect(await render("[click](&#106;avascript:alert(1))", false)).toBe("<p><a>click</a></p>");
  });
});
