import { describe, expect, it } from "vitest";
import { listPages, pageUrl } from "../../../src/lib/page-data/pagination.ts";

describe("listPages", () => {
  it("puts 20 on a page and links the pages both ways", () => {
    const pages = listPages(Array.from({ length: 23 }, (_, i) => i));
    expect(pages.map((page) => page.items.length)).toEqual([20, 3]);
    expect(pages[0]).toMatchObject({ current: 1, last: 2, prevUrl: undefined, nextUrl: "/2/" });
    expect(pages[1]).toMatchObject({ current: 2, last: 2, prevUrl: "/", nextUrl: undefined, items: [20, 21, 22] });
  });
  it("keeps one page when there are 20 or fewer, and one empty page when there are none", () => {
    expect(listPages(Array.from({ length: 20 }, (_, i) => i))).toHaveLength(1);
    expect(listPages([])).toEqual([{ items: [], current: 1, last: 1, prevUrl: undefined, nextUrl: undefined }]);
  });
  it("addresses page 1 as the home page", () => {
    expect([pageUrl(1), pageUrl(3)]).toEqual(["/", "/3/"]);
  });
});
