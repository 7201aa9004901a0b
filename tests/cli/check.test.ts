import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands/check.ts";
import { repoRoot } from "../support/build-site.ts";

async function check(cwd: string, args: string[] = []) {
  const lines: string[] = [];
  let text = "";
  const code = await run(args, { out: (t) => (text += t), err: (t) => (text += t), cwd });
  lines.push(...text.split("\n").slice(0, -1));
  return { code, lines };
}

describe("shownotes check", () => {
  it("prints every problem as file:line:column and fails on errors", async () => {
    const { code, lines } = await check(join(repoRoot, "tests/fixtures/bad-content/duplicate-slug"));
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^content\/episodes\/First-Episode\/index\.md:1:1  warning: /);
    expect(lines[1]).toMatch(/^content\/episodes\/first-episode\/index\.md:1:1  the folder name/);
    expect(lines.at(-1)).toBe("1 error, 1 warning. Fix the errors before building the site.");
  });

  it("passes the sample show", async () => {
    const { code, lines } = await check(repoRoot);
    expect(code).toBe(0);
    expect(lines).toEqual(["content: everything looks right."]);
  });

  it("reads another content folder with --content", async () => {
    const { code, lines } = await check(repoRoot, ["--content", "tests/fixtures/bad-content/missing-title/content"]);
    expect(code).toBe(1);
    expect(lines[0]).toBe("tests/fixtures/bad-content/missing-title/content/episodes/first/index.md:2:1  \"title\" is missing: every episode needs one, e.g. `title: My first episode`");
  });
});
