import { describe, expect, it } from "vitest";
import { pagefindMetaValue, pagefindPair, searchFields } from "../../../src/lib/search/page-fields.ts";

describe("searchFields", () => {
  it("gives Pagefind the title, number, date and image, filters by person, tag and year, and sorts by date", () => {
    expect(
      searchFields({ title: "Bloat", number: 2, date: new Date("2022-09-16"), image: "/art.jpg", people: ["Michael", "Chelsea", "Michael"], tags: ["postgres"] }),
    ).toEqual({
      meta: { title: "Bloat", number: "2", date: "2022-09-16", image: "/art.jpg" },
      filters: { person: ["Michael", "Chelsea"], tag: ["postgres"], year: ["2022"] },
      sort: { date: "2022-09-16" },
    });
  });

  it("leaves out what the episode does not say (the seed has no date or number)", () => {
    expect(searchFields({ title: "AI 创业与投资", people: ["Monica"], tags: ["AI"] })).toEqual({
      meta: { title: "AI 创业与投资" },
      filters: { person: ["Monica"], tag: ["AI"], year: [] },
      sort: {},
    });
  });
});

describe("pagefindPair", () => {
  it("escapes commas, which Pagefind reads as separators", () => {
    expect(pagefindPair("title", "Bloat, part 2")).toBe("title:Bloat\\, part 2");
  });
});

describe("pagefindMetaValue", () => {
  it("undoes the escapes Pagefind keeps in stored metadata, so a title reads as written", () => {
    // Pagefind's Node API stores `title:Bloat\, part 2` as "Bloat\, part 2".
    expect(pagefindMetaValue("Bloat\\, part 2")).toBe("Bloat, part 2");
    expect(pagefindMetaValue("护城河，人才")).toBe("护城河，人才");
  });
});
