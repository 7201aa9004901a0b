import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pagefindSearch } from "../../src/integrations/pagefind.ts";
import type { SearchDocument } from "../../src/lib/search/search-document.ts";
import { openSearchDocuments, searchDocumentsFolder } from "../../src/lib/search/search-documents-folder.ts";

type ConfigSetup = (options: { command: string; config: { cacheDir: URL } }) => Promise<void>;
type BuildStart = () => Promise<void>;
type BuildDone = (options: { dir: URL; pages: { pathname: string }[]; logger: { info(message: string): void } }) => Promise<void>;

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "shownotes-pagefind-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

function document(slug: string, words: string): SearchDocument {
  return {
    url: `/episodes/${slug}/`,
    lang: "en",
    fields: { meta: { title: slug }, filters: { person: [], tag: [], year: [] }, sort: {} },
    title: slug,
    summary: { heading: "Summary", html: "" },
    takeaways: { heading: "Key takeaways", html: [] },
    chapters: { heading: "Chapters", items: [] },
    transcript: { heading: "Transcript", paragraphs: [{ id: "t0", text: words }] },
  };
}

/**
 * One build's hooks, in Astro's order. The search documents are written as
 * the content pipeline writes them: the first before the build (already in
 * the folder when it starts), the others while content is read (announced).
 */
async function build(name: string, documents: SearchDocument[], dir: URL, pages: { pathname: string }[], messages: string[] = []) {
  const cacheDir = pathToFileURL(join(work, name, "cache/"));
  const search = pagefindSearch();
  const put = async (doc: SearchDocument, key: string, announce?: (file: URL) => void) =>
    (await openSearchDocuments(searchDocumentsFolder(cacheDir), announce)).put(doc.url.split("/")[2]!, key, () => doc);
  const [first, ...rest] = documents;
  if (first) await put(first, "0");
  const { hooks } = search;
  await (hooks["astro:config:setup"] as unknown as ConfigSetup)({ command: "build", config: { cacheDir } });
  for (const [i, doc] of rest.entries()) await put(doc, String(i + 1), (file) => search.indexDocument(file));
  await (hooks["astro:build:start"] as unknown as BuildStart)();
  await (hooks["astro:build:done"] as unknown as BuildDone)({ dir, pages, logger: { info: (m) => messages.push(m) } });
}

describe("the Pagefind integration", () => {
  it("indexes the episodes' search documents in a worker, those already there and those written while content loads, and writes the bundle into the output folder", async () => {
    const out = join(work, "site");
    await mkdir(out, { recursive: true });
    const messages: string[] = [];
    await build("site", [document("one", "autovacuum"), document("two", "pg_repack"), document("three", "vacuum")], pathToFileURL(`${out}/`), [
      { pathname: "" },
      { pathname: "episodes/one/" },
      { pathname: "episodes/two/" },
      { pathname: "episodes/three/" },
    ], messages);
    expect(await readdir(join(out, "pagefind"))).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json", "precise", "fragment"]));
    expect(await readdir(join(out, "pagefind/fragment"))).toHaveLength(3);
    expect(messages).toEqual([expect.stringMatching(/^Search index: 3 page\(s\) written to \/pagefind\/ \(indexed in \d+\.\d s, \d+\.\d s of it after the pages were built\)$/)]);
  });

  it.runIf(process.platform === "linux")("leaves no Pagefind process behind once the index is written", async () => {
    const out = join(work, "no-leftovers");
    await mkdir(out, { recursive: true });
    await build("no-leftovers", [document("one", "autovacuum")], pathToFileURL(`${out}/`), [{ pathname: "episodes/one/" }]);
    // Every child of this process, finished-but-uncollected ones included, by name.
    const children: string[] = [];
    for (const task of await readdir("/proc/self/task")) {
      const pids = (await readFile(`/proc/self/task/${task}/children`, "utf8").catch(() => "")).split(/\s+/).filter(Boolean);
      for (const pid of pids) children.push((await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "")).trim());
    }
    expect(children.filter((name) => name.startsWith("pagefind"))).toEqual([]);
  });

  it("fails the build when the index does not match the episode pages built", async () => {
    const out = join(work, "mismatch");
    await mkdir(out, { recursive: true });
    await expect(build("mismatch", [document("one", "autovacuum")], pathToFileURL(`${out}/`), [{ pathname: "episodes/two/" }])).rejects.toThrow(
      /episode pages built but not indexed: \/episodes\/two\/[\s\S]*indexed but no such page was built: \/episodes\/one\//,
    );
  });

  it("fails the build, naming the problem, when the bundle cannot be written", async () => {
    // The output "folder" is a file, so writing pagefind/ inside it fails.
    const notAFolder = join(work, "not-a-folder");
    await writeFile(notAFolder, "");
    await expect(build("not-a-folder", [document("one", "autovacuum")], pathToFileURL(`${notAFolder}/`), [{ pathname: "episodes/one/" }])).rejects.toThrow(
      /not a directory/,
    );
  });
});
