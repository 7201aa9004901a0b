import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { searchDocumentHtml, type SearchDocument } from "../../../src/lib/search/search-document.ts";
import { openSearchDocuments, readSearchIndexInput } from "../../../src/lib/search/search-documents-folder.ts";

const work = await mkdtemp(join(tmpdir(), "shownotes-search-documents-"));
afterAll(() => rm(work, { recursive: true, force: true }));

function document(words: string): SearchDocument {
  return {
    url: "/episodes/one/",
    lang: "zh-CN",
    fields: { meta: { title: "一" }, filters: { person: [], tag: [], year: [] }, sort: {} },
    title: "一",
    summary: { heading: "简介", html: "" },
    takeaways: { heading: "要点", html: [] },
    chapters: { heading: "章节", items: [] },
    transcript: { heading: "文字稿", paragraphs: [{ id: "t0", text: words }] },
  };
}

describe("the search documents folder", () => {
  it("keeps each document's index HTML beside it, reads it back on the next build, and drops it with its document", async () => {
    const folder = pathToFileURL(join(work, "documents/"));
    const announced: URL[] = [];
    await (await openSearchDocuments(folder, (file) => announced.push(file))).put("one", "k1", () => document("大模型的护城河"));
    const first = await readSearchIndexInput(announced[0]!);
    expect(first).toEqual({ url: "/episodes/one/", html: searchDocumentHtml(document("大模型的护城河")) });
    const names = await readdir(folder);
    expect(names).toEqual(expect.arrayContaining(["one.k1.json", expect.stringMatching(/^one\.k1\.[0-9a-f]{12}\.html$/)]));
    expect(names).toHaveLength(2);

    // Unchanged episode on the next build: the kept HTML is what the index reads (here marked, to tell it from a fresh one).
    const html = names.find((name) => name.endsWith(".html"))!;
    await writeFile(new URL(html, folder), "<html>kept</html>");
    await (await openSearchDocuments(folder)).put("one", "k1", () => document("大模型的护城河"));
    expect(await readdir(folder)).toHaveLength(2);
    expect(await readSearchIndexInput(new URL("one.k1.json", folder))).toEqual({ url: "/episodes/one/", html: "<html>kept</html>" });

    // Edited episode: a new key, and the old document and its HTML are gone.
    await (await openSearchDocuments(folder)).put("one", "k2", () => document("人才"));
    expect(await readdir(folder)).toEqual(["one.k2.json"]);
    expect((await readSearchIndexInput(new URL("one.k2.json", folder))).html).toBe(searchDocumentHtml(document("人才")));

    // Removed episode: nothing of it stays.
    const writer = await openSearchDocuments(folder);
    await writer.keepOnly(new Set());
    expect(await readdir(folder)).toEqual([]);
  });
});
