import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { parseChapterStarts } from "../../src/lib/search/moment-chapters.ts";
import { builtSite } from "../support/sites.ts";

/**
 * The search index is built from search documents made while content loads
 * (src/lib/search/search-document.ts), not from the built pages. This checks
 * that they say the same: every built episode page of every fixture show is
 * indexed here by Pagefind exactly as served, and its entry in the site's
 * own index must hold the same words in the same order, the same anchors
 * (headings and transcript paragraphs), metadata and filters.
 *
 * What the page keeps out of search: elements marked `data-pagefind-ignore`
 * (player, facts, tag list, each paragraph's time row) and, by selector, the
 * notes about the page and the newsletter block. What the index adds: each
 * transcript paragraph's speaker, at the paragraph's start (a search result
 * names who said it), for paragraphs with estimated times their starts
 * (metadata `starts`, not compared here), and the timed chapters' starts and
 * titles (metadata `chapters`, compared with the page's chapter list).
 */
const keptOutBySelector = [".transcript > .note", ".chapters > .note", "newsletter-copy"];

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

function decodeFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString("utf8");
  if (!text.startsWith("pagefind_dcd")) throw new Error("not a Pagefind fragment");
  return JSON.parse(text.slice("pagefind_dcd".length)) as Fragment;
}

async function siteFragments(outDir: string): Promise<Map<string, Fragment>> {
  const folder = join(outDir, "pagefind/fragment");
  const fragments = new Map<string, Fragment>();
  for (const name of await readdir(folder)) {
    const fragment = decodeFragment(await readFile(join(folder, name)));
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}

async function indexServedPage(url: string, html: string): Promise<Fragment> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: keptOutBySelector });
  if (!index) throw new Error(errors.join("\n"));
  const added = await index.addHTMLFile({ url, content: html });
  expect(added.errors).toEqual([]);
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const fragmentFile = files.find((file) => file.path.startsWith("fragment/"));
  if (!fragmentFile) throw new Error(`Pagefind wrote no fragment for ${url}`);
  return decodeFragment(fragmentFile.content);
}

/** The served page with each paragraph's speaker (from its ignored time row) at its start, as the index carries it. */
function withSpeakers(served: string): string {
  const tree = fromHtml(served);
  for (const paragraph of selectAll(".transcript .para", tree)) {
    const speaker = select(".speaker", paragraph);
    if (speaker) paragraph.children.unshift({ type: "element", tagName: "span", properties: {}, children: [{ type: "text", value: toString(speaker) }] } satisfies Element);
  }
  return toHtml(tree);
}

/** Auto-detected metadata: with no image of its own, Pagefind takes the page's first <img>, wherever it is. */
function explicitMeta(served: string, meta: Record<string, string>): Record<string, string> {
  const { image, image_alt: _alt, ...rest } = meta;
  return served.includes('data-pagefind-meta="image:') && image !== undefined ? { ...rest, image } : rest;
}

/** The page's timed chapters as its chapter list shows them: each time link's `data-t` (whole seconds) and the title beside it. */
function timedChapters(served: string): { start: number; title: string }[] {
  return selectAll(".chapters li", fromHtml(served)).flatMap((item) => {
    const time = select("a.time[data-t]", item);
    const title = select(".chapter-title", item);
    return time && title ? [{ start: Math.floor(Number(time.properties.dataT)), title: toString(title) }] : [];
  });
}

/** Words without Pagefind's word breaks: CJK pages are segmented differently on the two sides (Intl.Segmenter, Pagefind's own). */
const words = (text: string) => text.replaceAll("\u200B", "").replace(/\s+/g, " ").trim();
// Pagefind ends a block's text with "." unless it ends in punctuation, judged on the raw HTML
// (`&quot;` ends in ";"), so the two sides' periods may differ where nothing else does.
const letters = (text: string) => text.replace(/[\s\u200B.]+/g, "");

afterAll(() => pagefind.close());

const sites = ["sample", "timed", "search-en", "feed", "newsletter", "xss"];

describe("search documents say what the episode pages say", () => {
  it.each(sites)("on the %s show: every built episode page is in the index, with the page's words, anchors, metadata and filters", async (name) => {
    const site = builtSite(name);
    const fragments = await siteFragments(site.outDir);
    const slugs = (await readdir(join(site.outDir, "episodes"), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const pages = slugs;
    expect(pages.length).toBeGreaterThan(0);
    expect([...fragments.keys()].sort()).toEqual(pages.map((slug) => `/episodes/${slug}/`).sort());

    for (const slug of pages) {
      const url = `/episodes/${slug}/`;
      const served = await readFile(join(site.outDir, "episodes", slug, "index.html"), "utf8");
      const page = await indexServedPage(url, withSpeakers(served));
      const indexed = fragments.get(url)!;
      const where = `${name} ${url}`;
      expect(letters(indexed.content), where).toBe(letters(page.content));
      if (!/lang="(zh|ja)/.test(served)) expect(words(indexed.content).replaceAll(".", ""), where).toBe(words(page.content).replaceAll(".", ""));
      // Transcript paragraphs carry their id on a speaker span in the index (moments.ts), on the paragraph on the page.
      expect(indexed.anchors.map((anchor) => anchor.id), where).toEqual(page.anchors.map((anchor) => anchor.id));
      const pageMeta = explicitMeta(served, page.meta);
      const { starts: _starts, chapters, ...indexedMeta } = explicitMeta(served, indexed.meta);
      expect(parseChapterStarts(chapters), where).toEqual(timedChapters(served));
      expect(Object.fromEntries(Object.entries(indexedMeta).map(([key, value]) => [key, words(value)])), where).toEqual(pageMeta);
      expect(indexed.filters, where).toEqual(page.filters);
    }
  });
});
