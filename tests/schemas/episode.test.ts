import { describe, expect, it } from "vitest";
import { EpisodeFrontmatterSchema, EpisodeSchema } from "../../src/schemas/episode.ts";

const messages = (data: unknown) => {
  const result = EpisodeFrontmatterSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("the episode frontmatter schema", () => {
  it("reads a date and time without a zone as UTC, as YAML does, whatever the computer's zone", () => {
    const read = (date: string) => EpisodeFrontmatterSchema.parse({ title: "T", date }).date?.toISOString();
    expect(read("2024-03-01")).toBe("2024-03-01T00:00:00.000Z");
    expect(read("2024-03-01 9:30")).toBe("2024-03-01T09:30:00.000Z");
    expect(read("2024-03-01T10:00:00+08:00")).toBe("2024-03-01T02:00:00.000Z");
  });

  it("says what is wrong in the podcaster's terms", () => {
    expect(messages({ title: "T", date: 20240301 })).toEqual(["date: is a number, not a date: write the day with dashes, e.g. `date: 2024-03-01` (found 20240301)"]);
    expect(messages({ title: "T", duration: "an hour" })).toEqual(['duration: "an hour" is not a duration: write seconds (3723) or HH:MM:SS (1:02:03)']);
    expect(messages({ title: "T", audio: "javascript:alert(1)" })[0]).toMatch(/^audio: /);
    expect(messages({})).toHaveLength(1);
  });

  it("fills in what an episode leaves out", () => {
    expect(EpisodeSchema.parse({ title: "T" })).toEqual({ title: "T", guests: [], tags: [], draft: false, chapters: [], takeaways: [] });
  });
});
