import { describe, expect, it } from "vitest";
import type { PagefindFragment } from "../../../src/lib/search/moments.ts";
import { preciseSearch, type PagefindResponse, type PagefindSearchApi } from "../../../src/browser/search/precise-search.ts";

const page = (url: string, text: string, tag: string): PagefindFragment & Record<string, unknown> => ({
  url,
  meta: { title: url },
  content: text,
  filters: { tag: [tag] },
  anchors: [{ element: "p", id: "p1", text, location: 0 }],
});

const pages = {
  moat: page("/a/", "大​模型​的​护城河​在​哪里", "AI"),
  stray: page("/b/", "量​的​变化", "AI"),
  invest: page("/c/", "投资​很难", "投资"),
};

/** Answers like Pagefind with issue #1237: every page for an unquoted query, nothing extra for a quoted one. */
function fakePagefind(phraseHits: (keyof typeof pages)[], calls: string[]): PagefindSearchApi {
  const respond = (keys: (keyof typeof pages)[]): PagefindResponse => ({
    results: keys.map((key, i) => ({ id: key, score: 1 - i / 10, words: [0], data: async () => pages[key] })),
    unfilteredResultCount: keys.length,
    filters: { tag: { AI: 2, 投资: 1 } },
    totalFilters: { tag: { AI: 2, 投资: 1 } },
  });
  return {
    search: async (term) => {
      calls.push(term ?? "");
      return respond(term?.startsWith('"') ? phraseHits : ["stray", "invest", "moat"]);
    },
  };
}

describe("preciseSearch", () => {
  it("runs the phrase first, then the broad query, and keeps only pages that contain the words", async () => {
    const calls: string[] = [];
    const response = await preciseSearch(fakePagefind(["moat"], calls), "城河");
    expect(calls).toEqual(['"城河"', "城河"]);
    expect(response.results.map((result) => result.id)).toEqual(["moat"]);
    expect(response.complete).toBe(true);
  });

  it("shows nothing, and counts nothing, for words no page contains", async () => {
    const response = await preciseSearch(fakePagefind([], []), "量子计算");
    expect(response.results).toEqual([]);
    expect(response.filters).toEqual({ tag: { AI: 0, 投资: 0 } });
  });

  it("counts filter values over the results shown, not Pagefind's candidates", async () => {
    const response = await preciseSearch(fakePagefind([], []), "护城河");
    expect(response.filters).toEqual({ tag: { AI: 1, 投资: 0 } });
  });

  it("checks at most maxChecked candidates and says when some were left unchecked", async () => {
    const response = await preciseSearch(fakePagefind([], []), "护城河", { maxChecked: 2 });
    expect(response.results).toEqual([]);
    expect(response.complete).toBe(false);
  });

  it("quotes a multi-word query as one phrase", async () => {
    const calls: string[] = [];
    await preciseSearch(fakePagefind([], calls), "stable diffusion");
    expect(calls).toEqual(['"stable diffusion"', "stable diffusion"]);
  });

  it("with a sort, orders phrase and broader hits together by the sort key's metadata", async () => {
    const dated = {
      old: { ...page("/old/", "护城河", "AI"), meta: { title: "old", date: "2021-03-01" } },
      new: { ...page("/new/", "护城河​很深", "AI"), meta: { title: "new", date: "2022-09-16" } },
      undated: page("/undated/", "护城河", "AI"),
    };
    const sorts: unknown[] = [];
    const api: PagefindSearchApi = {
      search: async (term, options) => {
        sorts.push(options?.sort);
        const keys = (term?.startsWith('"') ? ["undated", "old"] : ["new", "old", "undated"]) as (keyof typeof dated)[];
        return { results: keys.map((key) => ({ id: key, score: 1, words: [0], data: async () => dated[key] })), unfilteredResultCount: keys.length, filters: {}, totalFilters: {} };
      },
    };
    const response = await preciseSearch(api, "护城河", { sort: { date: "desc" } });
    expect(sorts).toEqual([{ date: "desc" }, { date: "desc" }]);
    expect(response.results.map((result) => result.id)).toEqual(["new", "old", "undated"]);
  });
});
