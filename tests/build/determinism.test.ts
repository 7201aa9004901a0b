import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { builtSite } from "../support/sites.ts";

async function digests(root: string): Promise<Record<string, string>> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const result: Record<string, string> = {};
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    result[relative(root, path)] = createHash("sha256").update(await readFile(path)).digest("hex");
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const workDir = await mkdtemp(join(tmpdir(), "shownotes-determinism-"));
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe("determinism", () => {
  it("building the sample show twice gives a byte-identical dist/", async () => {
    const first = builtSite("sample");
    const second = await buildSite({ content: "content", outDir: join(workDir, "sample-again") });
    expect(second.exitCode, second.log).toBe(0);
    const [a, b] = await Promise.all([digests(first.outDir), digests(second.outDir)]);
    expect(Object.keys(a).length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  }, 180_000);
});
