import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCheckMemory } from "../../../src/lib/check/check-memory.ts";
import { checkContentInParallel } from "../../../src/lib/check/index.ts";
import { repoRoot } from "../../support/build-site.ts";

// A copy of the timed fixture show: 24 episodes, three of them with a transcript (VTT, SRT, text).
let root: string;
const memoryFile = () => join(root, "cache/content-check.json");

async function check() {
  const parsed: string[] = [];
  const result = await checkContentInParallel(root, "content", {
    onTranscriptParsed: (file) => parsed.push(file),
    memory: openCheckMemory(memoryFile(), root, "content"),
  });
  return { result, parsed };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "shownotes-check-memory-"));
  await cp(join(repoRoot, "tests/fixtures/sites/timed/content"), join(root, "content"), { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("the build's content check remembers unchanged episodes", () => {
  it("parses every transcript once, then none while nothing changes, reporting the same problems", async () => {
    const first = await check();
    expect(first.parsed).toHaveLength(3);
    const again = await check();
    expect(again.parsed).toEqual([]);
    expect(again.result).toEqual(first.result);
  });

  it("checks again only the episode whose summary changed", async () => {
    const before = await check();
    await appendFile(join(root, "content/episodes/estimated-times/index.md"), "\nOne more line in the summary.\n");
    const after = await check();
    expect(after.parsed).toEqual(["content/episodes/estimated-times/transcript.txt"]);
    expect(after.result).toEqual(before.result);
  });

  it("checks every episode again when people.yaml changes (speaker names are checked against it)", async () => {
    await check();
    await appendFile(join(root, "content/people.yaml"), "\n# a comment\n");
    const after = await check();
    expect(after.parsed).toHaveLength(3);
  });
});
