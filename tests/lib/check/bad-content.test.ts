import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent, formatProblem } from "../../../src/lib/pipeline/index.ts";
import { repoRoot } from "../../support/build-site.ts";

const casesDir = join(repoRoot, "tests/fixtures/bad-content");
const cases = readdirSync(casesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe("each bad-content case is reported with its exact message", () => {
  it.each(cases)("%s", async (name) => {
    const expected = readFileSync(join(casesDir, name, "expected.txt"), "utf8").trimEnd().split("\n");
    const { problems } = (await readContent(join(casesDir, name), "content"));
    expect(problems.map(formatProblem)).toEqual(expected);
  });
});

describe("the sample show", () => {
  it("passes the checks with no errors", async () => {
    const { problems } = (await readContent(repoRoot, "content"));
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });
});
