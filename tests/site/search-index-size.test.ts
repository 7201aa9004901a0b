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
  ])("on %s's %s: paragraph ids (one moment per paragraph) cost only fragment bytes; pre-segmentation never grows the index", async (site, episodePath) => {
    const served = await readFile(join(builtSite(site).outDir, episodePath), "utf8");
    const withoutIds = served.replace(/<p id="[tp]\d+(?:-\d+)?"/g, "<p");
    const ours = await indexBytes(toIndexView(served).html);
    const noMoments = await indexBytes(toIndexView(withoutIds).html);
    const unsegmented = await indexBytes(served);
    console.log(
      `${site} index+fragment bytes: as built ${ours.index}+${ours.fragment}; without paragraph ids ${noMoments.index}+${noMoments.fragment}; ` +
        `without pre-segmentation ${unsegmented.index}+${unsegmented.fragment}`,
    );
    // Ids do not change the words indexed, only the anchors stored with the page.
    expect(ours.index).toBe(noMoments.index);
    expect(ours.fragment).toBeGreaterThan(noMoments.fragment);
    expect(ours.index).toBeLessThanOrEqual(unsegmented.index);
  });
});
