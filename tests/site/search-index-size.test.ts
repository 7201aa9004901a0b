import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { toIndexView } from "../../src/lib/search/index-html.ts";
import { builtSite } from "../support/sites.ts";

/**
 * What our indexing choices cost, measured on the sample's built episode page
 * with Pagefind's Node API (issue 5 asks for the price of one sub-result per
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
    ["sample", "episodes/ai-startups-moats-and-talent/index.html"],
    ["search-en", "episodes/postgres-bloat/index.html"],
  ])("on %s's %s: one moment per paragraph costs a few percent of the fragment; pre-segmenting Chinese more than halves the index", async (site, episodePath) => {
    const served = await readFile(join(builtSite(site).outDir, episodePath), "utf8");
    const withoutIds = served.replace(/ id="[tp]\d+(?:-\d+)?"/g, "");
    const ours = await indexBytes(toIndexView(served).html);
    const noMoments = await indexBytes(toIndexView(withoutIds).html);
    const unsegmented = await indexBytes(served);
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
