import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands/new.ts";
import { readContent } from "../../src/lib/pipeline/index.ts";
import { episodeSlug } from "../../src/lib/scaffold/episode-slug.ts";
import { repoRoot } from "../support/build-site.ts";

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a show's content folder in a temporary project. */
function project(content: string): string {
  work = mkdtempSync(join(tmpdir(), "shownotes-new-"));
  cpSync(join(repoRoot, content), join(work, "content"), { recursive: true });
  return work;
}

async function newEpisode(cwd: string, args: string[]) {
  const lines: string[] = [];
  let text = "";
  const code = await run(args, { out: (t) => (text += t), err: (t) => (text += t), cwd, today: () => "2024-03-01" });
  lines.push(...text.split("\n").slice(0, -1));
  return { code, lines };
}

describe("shownotes new", () => {
  it("numbers the episode after the last one and writes a Chinese template for a Chinese show", async () => {
    const cwd = project("tests/fixtures/bad-content/duplicate-number/content");
    const showFile = join(cwd, "content/show.yaml");
    writeFileSync(showFile, readFileSync(showFile, "utf8").replace("language: en", "language: zh-CN"));
    rmSync(join(cwd, "content/episodes/second"), { recursive: true });
    const { code, lines } = await newEpisode(cwd, ["AI 创业与投资"]);
    expect(code).toBe(0);
    expect(lines).toEqual(["Created content/episodes/episode-2/index.md (episode 2, a draft). Write the summary there and put the transcript beside it."]);
    const written = readFileSync(join(cwd, "content/episodes/episode-2/index.md"), "utf8");
    expect(written).toContain('title: "AI 创业与投资"\ndate: 2024-03-01\nnumber: 2\n');
    expect(written).toContain("## 要点");
    expect(written).toContain("- 00:00 开场");
    expect((await readContent(cwd, "content")).problems).toEqual([]);
  });

  it("makes a slug from an English title, quotes awkward titles and never overwrites", async () => {
    const cwd = project("tests/fixtures/bad-content/missing-title/content");
    const first = await newEpisode(cwd, ['Café: "Naïve" questions & answers']);
    expect(first.code).toBe(0);
    const written = readFileSync(join(cwd, "content/episodes/cafe-naive-questions-answers/index.md"), "utf8");
    expect(written).toContain('title: "Café: \\"Naïve\\" questions & answers"\n');
    expect(written).toContain("## Key takeaways");
    const again = await newEpisode(cwd, ['Café: "Naïve" questions & answers']);
    expect(again).toEqual({ code: 1, lines: ["content/episodes/cafe-naive-questions-answers already exists; nothing was changed. Choose another name with --slug."] });
    const problems = (await readContent(cwd, "content")).problems.filter((problem) => problem.file.includes("cafe-naive"));
    expect(problems).toEqual([]);
  });

  it("takes --slug, and refuses names that make bad addresses", async () => {
    const cwd = project("content");
    expect((await newEpisode(cwd, ["访谈", "--slug", "interview-alex"])).code).toBe(0);
    expect(readFileSync(join(cwd, "content/episodes/interview-alex/index.md"), "utf8")).toContain("number: 1\n");
    expect(await newEpisode(cwd, ["访谈", "--slug", "Interview Alex"])).toEqual({
      code: 1,
      lines: ['"Interview Alex" is not a good folder name: use lowercase letters, digits and dashes, e.g. --slug episode-2'],
    });
  });
});

describe("episodeSlug", () => {
  it.each([
    ["How we built the studio", 3, "how-we-built-the-studio"],
    ["Don't panic!", 3, "dont-panic"],
    ["AI 创业与投资：早期下注", 12, "episode-12"],
    ["日本語のポッドキャスト", 4, "episode-4"],
    ["!!!", 5, "episode-5"],
  ])("%s → %s", (title, number, slug) => {
    expect(episodeSlug(title, number)).toBe(slug);
  });
});
