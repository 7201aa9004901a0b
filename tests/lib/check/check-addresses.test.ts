import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkTags } from "../../../src/lib/check/check-addresses.ts";
import { parseYamlSource } from "../../../src/lib/check/yaml-source.ts";
import { removeControlCharacters } from "../../../src/lib/text/control-characters.ts";
import { tagHref, tagSlug } from "../../../src/lib/page-data/episode-view.ts";

const source = parseYamlSource("tags: []\n", "content/episodes/x/index.md", 2);

describe("tags check passes only tags whose page can be written and linked", () => {
  it("every tag it accepts has a slug that is one real, short path segment", () => {
    const tag = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.constantFrom(".", "..", " . ", "..", "%2e%2e", "a/../b", "?#", "C++ / Rust?", "中文 标签", " ", ""),
      fc.string({ unit: fc.constantFrom(".", " ", "/", "\\", "?", "#", "%", "a", "中"), maxLength: 90 }),
    );
    fc.assert(
      fc.property(tag, (written) => {
        // Control characters are removed before any check sees the text.
        const value = removeControlCharacters(written);
        if (checkTags(source, [value]).length > 0) return;
        const slug = tagSlug(value);
        expect(slug).not.toBe("");
        expect([".", ".."]).not.toContain(slug);
        expect(slug).not.toMatch(/[/\\?#%]/);
        expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(200);
        // And its link names that same segment.
        expect(decodeURIComponent(tagHref(value))).toBe(`/tags/${slug}/`);
      }),
      { numRuns: 3000 },
    );
  });

  it("names the tag and what to do", () => {
    expect(checkTags(source, ["..", "", "ok"]).map((problem) => problem.message)).toEqual([
      'the tag ".." is only dots, which cannot be the address of its tag page: write a word, e.g. "news"',
      "tag 2 is empty: write a word or remove it from the list",
    ]);
  });
});
