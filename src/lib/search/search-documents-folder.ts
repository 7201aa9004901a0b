import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { cacheVersion } from "../cache/cache-version.ts";
import { writeFileAtomic } from "../cache/write-atomic.ts";
import { searchDocumentHtml, type SearchDocument } from "./search-document.ts";
import { episodePath } from "../urls/site-urls.ts";

/**
 * The search documents of a build (search-document.ts), one JSON file per
 * published episode in Astro's cache folder: `<slug>.<key>.json`, where the
 * key is a digest of everything the document is made from. The content
 * pipeline keeps the folder in step with the content (an unchanged episode
 * keeps its file, so rebuilding after one edit writes one document).
 *
 * Each document is announced (`onCurrent`) as soon as it is current, so the
 * search integration indexes it on the second core while the rest of the
 * content is read, instead of after (a head start of about 20 s at 1,000
 * episodes, in the benchmark).
 */
export function searchDocumentsFolder(cacheDir: URL): URL {
  return new URL("search-documents/", cacheDir);
}

export interface SearchDocumentsWriter {
  /**
   * Makes sure the folder holds this episode's document for this key: when it
   * does not, `make()` is called and written. Either way it is announced.
   */
  put(slug: string, key: string, make: () => SearchDocument): Promise<void>;
  /** Removes the documents of every episode not named (deleted, draft, or left out of this build). */
  keepOnly(slugs: ReadonlySet<string>): Promise<void>;
}

const fileName = /^(.+)\.([0-9a-z]+)\.json$/;
/** A document's index HTML, kept beside it: `<slug>.<key>.<html key>.html`. */
const htmlFileName = /^(.+)\.([0-9a-z]+)\.([0-9a-z]+)\.html$/;

export async function openSearchDocuments(folder: URL, onCurrent?: (file: URL) => void): Promise<SearchDocumentsWriter> {
  await mkdir(folder, { recursive: true });
  const files = new Map<string, string[]>();
  for (const name of await readdir(folder)) {
    const slug = fileName.exec(name)?.[1] ?? htmlFileName.exec(name)?.[1];
    if (slug !== undefined) files.set(slug, [...(files.get(slug) ?? []), name]);
  }
  const remove = (names: string[]) => Promise.all(names.map((name) => rm(new URL(name, folder), { force: true })));
  return {
    async put(slug, key, make) {
      const name = `${slug}.${key}.json`;
      const current = files.get(slug) ?? [];
      // The document's own index HTML stays with it; anything else of the slug's is stale.
      const html = indexHtmlName(name);
      await remove(current.filter((other) => other !== name && other !== html));
      if (!current.includes(name)) await writeFileAtomic(fileURLToPath(new URL(name, folder)), JSON.stringify(make()));
      files.set(slug, current.includes(html) ? [name, html] : [name]);
      onCurrent?.(new URL(name, folder));
    },
    async keepOnly(slugs) {
      for (const [slug, names] of files) {
        if (slugs.has(slug)) continue;
        await remove(names);
        files.delete(slug);
      }
    },
  };
}

/** The document files in the folder, in slug order. */
export async function searchDocumentFiles(folder: URL): Promise<URL[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => fileName.test(name)).sort();
  return names.map((name) => new URL(name, folder));
}

export async function readSearchDocument(file: URL): Promise<SearchDocument> {
  return JSON.parse(await readFile(file, "utf8")) as SearchDocument;
}

/**
 * What the index reads for a document file: its page address and the HTML
 * Pagefind indexes (searchDocumentHtml). The HTML is kept beside the
 * document, so a rebuild does not segment an unchanged episode's words
 * again (14 s of the index's 59 s at 1,000 two-hour Chinese episodes). Its
 * name adds a digest of the HTML's own making, ICU included: Intl.Segmenter
 * finds words with the ICU data Node ships, so a new Node may segment
 * differently.
 */
export async function readSearchIndexInput(file: URL): Promise<{ url: string; html: string }> {
  const name = decodeURIComponent(file.pathname.split("/").pop()!);
  const htmlFile = new URL(encodeURIComponent(indexHtmlName(name)), file);
  const kept = await readFile(htmlFile, "utf8").catch(() => undefined);
  // The document's address is its episode's (toSearchDocument), named by the file: no need to read the document.
  if (kept !== undefined) return { url: episodePath(fileName.exec(name)![1]!), html: kept };
  const document = await readSearchDocument(file);
  const html = searchDocumentHtml(document);
  await writeFileAtomic(fileURLToPath(htmlFile), html);
  return { url: document.url, html };
}

/** `<slug>.<key>.json` → `<slug>.<key>.<html key>.html`. */
function indexHtmlName(documentName: string): string {
  return documentName.replace(/\.json$/, `.${HTML_KEY}.html`);
}

const HTML_KEY = createHash("sha256")
  .update(`${cacheVersion("search-index-html-1")}\0${process.versions.icu ?? ""}\0${process.versions.unicode ?? ""}`)
  .digest("hex")
  .slice(0, 12);

/** Every document in the folder, in slug order. */
export async function* readSearchDocuments(folder: URL): AsyncGenerator<SearchDocument> {
  for (const file of await searchDocumentFiles(folder)) yield await readSearchDocument(file);
}
