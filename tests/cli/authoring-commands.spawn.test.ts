import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/build-site.ts";

// The real command line: Node 24 runs the TypeScript sources directly, so
// these commands must load without Astro's Vite pipeline.
function shownotes(args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, "bin/shownotes.mjs"), ...args], { cwd: repoRoot, encoding: "utf8" });
}

describe("shownotes check, new and import from the command line", () => {
  it("check prints problems and exits 1 on errors", () => {
    const result = shownotes(["check", "--content", "tests/fixtures/bad-content/duplicate-guid/content"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      'tests/fixtures/bad-content/duplicate-guid/content/episodes/second/index.md:3:7  the guid "abc-123" is also used by tests/fixtures/bad-content/duplicate-guid/content/episodes/first/index.md: podcast apps would treat both as one episode, so give each its own guid\n' +
        "1 error, 0 warnings. Fix the errors before building the site.\n",
    );
  });

  it("lists check, new and import in --help, and each has its own help", () => {
    const overview = shownotes(["--help"]).stdout;
    for (const name of ["check", "new", "import"]) {
      expect(overview).toMatch(new RegExp(`^  ${name} `, "m"));
      const help = shownotes([name, "--help"]);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: shownotes ${name} `));
    }
  });
});
