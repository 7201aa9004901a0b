/**
 * Design probe for the first search query's bytes (issue 9), run over the
 * search documents a benchmark build left in its cache folder: indexes the
 * first N episodes either one record per episode (as the site does) or with
 * each transcript split into sections of about C characters (plus one record
 * for the episode's title, summary, takeaways and chapters), then measures in
 * Chromium what a first query downloads through Pagefind's own module
 * (runtime, metadata, index chunk, five results' fragments).
 *
 * It answers "what would shards of N episodes, or sections, cost", without
 * building either into the site:
 *
 *   npx node tests/bench/probe-first-query.ts --documents <cacheDir>/search-documents --episodes 100 --section-chars 3500 --query 创业
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { searchDocumentHtml, type SearchDocument } from "../../src/lib/search/search-document.ts";
import { readSearchDocuments } from "../../src/lib/search/search-documents-folder.ts";
import { measurePages } from "./measure.ts";

function option(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

/** The episode's transcript in sections of about `chars` characters, each its own record, after one record for the rest of the page. */
function records(document: SearchDocument, chars: number): SearchDocument[] {
  if (chars <= 0) return [document];
  const empty = { summary: { heading: "", html: "" }, takeaways: { heading: "", html: [] }, chapters: { heading: "", items: [] } };
  const out: SearchDocument[] = [{ ...document, transcript: { ...document.transcript, paragraphs: [] } }];
  let section: SearchDocument["transcript"]["paragraphs"] = [];
  let size = 0;
  const flush = () => {
    if (section.length) out.push({ ...document, ...empty, url: `${document.url}#${section[0]!.id}`, transcript: { ...document.transcript, paragraphs: section } });
    section = [];
    size = 0;
  };
  for (const paragraph of document.transcript.paragraphs) {
    section.push(paragraph);
    size += paragraph.text.length;
    if (size >= chars) flush();
  }
  flush();
  return out;
}

const documents = new URL(`file://${option("documents").replace(/\/?$/, "/")}`);
const episodes = Number(option("episodes", "100"));
const sectionChars = Number(option("section-chars", "0"));
const query = option("query", "创业");

const site = await mkdtemp(join(tmpdir(), "shownotes-first-query-"));
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join("\n"));
  let count = 0;
  let recordCount = 0;
  for await (const document of readSearchDocuments(documents)) {
    if (count++ >= episodes) break;
    for (const record of records(document, sectionChars)) {
      await index.addHTMLFile({ url: record.url, content: searchDocumentHtml(record) });
      recordCount++;
    }
  }
  await index.writeFiles({ outputPath: join(site, "pagefind") });
  await pagefind.close();
  await mkdir(join(site, "episodes/page"), { recursive: true });
  await writeFile(join(site, "episodes/page/index.html"), "<!doctype html><title>probe</title>");
  const figures = await measurePages(site, ["page"], query, true);
  const paths = Object.entries(figures.firstQueryByPath);
  const sum = (test: (path: string) => boolean) => paths.filter(([path]) => test(path)).reduce((total, [, bytes]) => total + bytes, 0);
  console.log(
    JSON.stringify({
      episodes: Math.min(count, episodes),
      records: recordCount,
      sectionChars,
      query,
      bytes: {
        indexChunks: sum((path) => path.includes("/index/")),
        metadata: sum((path) => path.endsWith(".pf_meta")),
        fragments: sum((path) => path.includes("/fragment/")),
        fragmentsLoaded: paths.filter(([path]) => path.includes("/fragment/")).length,
        runtime: sum((path) => /pagefind\.js$|\.pagefind$/.test(path)),
      },
    }),
  );
} finally {
  await rm(site, { recursive: true, force: true });
}
