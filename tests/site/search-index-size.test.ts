import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { searchDocumentHtml, type SearchDocument } from "../../src/lib/search/search-document.ts";
import { readSearchDocuments, searchDocumentsFolder } from "../../src/lib/search/search-documents-folder.ts";
import { cacheDirFor } from "../../src/config/paths.ts";
import { builtSite } from "../support/sites.ts";

/**
 * What our indexing choices cost, measured on the search document of the
 * sample's episode (as its build left it) with Pagefind's Node API (issue 5 asks for the price of one sub-result per
 * paragraph). Sizes are the index and fragment files a search downloads
 * from, as written (Pagefind already gzips them).
 */


async function indexBytes(html: string): Promise<{ index: number; fragment: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join("\n"));
  const added = await index.addHTMLFile({ url: "/episode/", content: html });
  expect(added.errors).toEqual([]);
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const sum = (folder: string) => files.filter((file) => file.path.startsWith(folder)).reduce((total, file) => total + file.content.length, 0);
  return { index: sum("index/"), fragment: sum("fragment/") };
}

afterAll(() => pagefind.close());

describe("search index size", () => {
  it.each([
    ["sample", "/episodes/ai-startups-moats-and-talent/"],
    ["search-en", "/episodes/postgres-bloat/"],
  ])("on %s's %s: one moment per paragraph costs a few percent of the fragment; pre-segmenting Chinese more than halves the index", async (site, url) => {
    const html = searchDocumentHtml(await builtDocument(site, url));
    const ours = await indexBytes(html);
    const noMoments = await indexBytes(html.replace(/ id="[tp]\d+(?:-\d+)?"/g, ""));
    const unsegmented = await indexBytes(html.replaceAll("\u200B", ""));
    console.log(
      `${site} index+fragment bytes: as built ${ours.index}+${ours.fragment}; without paragraph ids ${noMoments.index}+${noMoments.fragment}; ` +
        `without pre-segmentation ${unsegmented.index}+${unsegmented.fragment}`,
    );
    // Paragraph anchors (id + speaker, no text) cost a few percent of the
    // fragment; storing each paragraph's text with its anchor cost +95 %.
    expect(ours.fragment).toBeGreaterThan(noMoments.fragment);
    expect(ours.fragment).toBeLessThan(noMoments.fragment * 1.15);
    expect(ours.index).toBeLessThan(noMoments.index * 1.05);
    // Chinese: the index Pagefind builds from its own segmentation is over
    // twice the size of the one built from Intl.Segmenter's words.
    if (site === "sample") expect(ours.index).toBeLessThan(unsegmented.index * 0.6);
  });
});

/** The document the site's build indexed, from the build's cache folder (src/loaders/episode-search-documents.ts). */
async function builtDocument(site: string, url: string): Promise<SearchDocument> {
  const cacheDir = new URL(`../../${cacheDirFor(builtSite(site).content)}/`, import.meta.url);
  for await (const document of readSearchDocuments(searchDocumentsFolder(cacheDir))) if (document.url === url) return document;
  throw new Error(`no search document for ${url} in ${site}'s build`);
}
