import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readContent, formatProblem } from "../../../src/lib/pipeline/index.ts";

// What podcast hosts let through, and an imported show therefore carries:
// reported as warnings with file and line, so the show still builds.
let project: string;
afterEach(() => rmSync(project, { recursive: true, force: true }));

async function show(episodes: Record<string, string>): Promise<string[]> {
  project = mkdtempSync(join(tmpdir(), "shownotes-host-data-"));
  const content = join(project, "content");
  mkdirSync(content);
  writeFileSync(join(content, "show.yaml"), "title: T\ndescription: D\nlanguage: en\nurl: https://podcast.example.com/\nauthor: A\n");
  for (const [slug, text] of Object.entries(episodes)) {
    mkdirSync(join(content, "episodes", slug), { recursive: true });
    writeFileSync(join(content, "episodes", slug, "index.md"), text);
  }
  return (await readContent(project, "content")).problems.map(formatProblem);
}

describe("host inconsistencies are warnings", () => {
  it("a trailer and a bonus episode may share the number of the episode they belong to", async () => {
    expect(await show({
        first: "---\ntitle: First\nnumber: 1\nseason: 1\n---\n",
        trailer: "---\ntitle: Trailer\nnumber: 1\nseason: 1\nepisodeType: trailer\n---\n",
        bonus: "---\ntitle: Bonus\nnumber: 1\nseason: 1\nepisodeType: bonus\n---\n",
      }),
    ).toEqual([]);
  });

  it("two full episodes with one number are a warning naming both files", async () => {
    expect(await show({ a: "---\ntitle: A\nnumber: 4\n---\n", b: "---\ntitle: B\nnumber: 4\n---\n" })).toEqual([
      "content/episodes/b/index.md:3:9  warning: episode number 4 is also used by content/episodes/a/index.md: give each episode its own number (or mark a trailer or bonus with `episodeType: trailer` or `episodeType: bonus`)",
    ]);
  });

  it("an episode type other than full, trailer or bonus is an error", async () => {
    const problems = await show({ a: "---\ntitle: A\nepisodeType: teaser\n---\n" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/episodes\/a\/index\.md:3:\d+  .*episodeType/);
  });
});
