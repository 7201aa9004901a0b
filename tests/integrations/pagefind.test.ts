import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pagefindSearch } from "../../src/integrations/pagefind.ts";

type BuildDone = (options: { dir: URL; pages: { pathname: string }[]; logger: { info(message: string): void } }) => Promise<void>;

const buildDone = pagefindSearch().hooks["astro:build:done"] as unknown as BuildDone;
const logger = { info: () => undefined };
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "shownotes-pagefind-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("the Pagefind integration", () => {
  it("indexes the built pages that have a data-pagefind-body region and writes the bundle into the output folder", async () => {
    const out = join(work, "site");
    await mkdir(join(out, "episodes/one"), { recursive: true });
    await writeFile(join(out, "index.html"), '<html lang="en"><body><p>Home</p></body></html>');
    await writeFile(join(out, "episodes/one/index.html"), '<html lang="en"><body><article data-pagefind-body><h1>One</h1></article></body></html>');
    const messages: string[] = [];
    await buildDone({ dir: pathToFileURL(`${out}/`), pages: [{ pathname: "" }, { pathname: "episodes/one/" }], logger: { info: (m) => messages.push(m) } });
    expect(await readdir(join(out, "pagefind"))).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json", "precise"]));
    expect(messages).toEqual(["Search index: 1 page(s) written to /pagefind/"]);
  });

  it("fails the build, naming the problem, when the index cannot be written", async () => {
    // The output "folder" is a file, so clearing and writing pagefind/ inside it fails.
    const notAFolder = join(work, "not-a-folder");
    await writeFile(notAFolder, "");
    await expect(buildDone({ dir: pathToFileURL(`${notAFolder}/`), pages: [], logger })).rejects.toThrow(/not a directory/);
  });
});
