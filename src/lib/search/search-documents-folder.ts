import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { SearchDocument } from "./search-document.ts";

/**
 * The search documents of a build (search-document.ts), one JSON file per
 * published episode in Astro's cache folder: `<slug>.<key>.json`, where the
 * key is a digest of everything the document is made from. The episodes
 * loader keeps the folder in step with the content (an unchanged episode
 * keeps its file, so rebuilding after one edit writes one document); the
 * search integration reads it when the build starts.
 */
export function searchDocumentsFolder(cacheDir: URL): URL {
  return new URL("search-documents/", cacheDir);
}

export interface SearchDocumentsWriter {
  /** True when the folder already holds this episode's document with this key. */
  has(slug: string, key: string): boolean;
  write(slug: string, key: string, document: SearchDocument): Promise<void>;
  /** Removes the documents of every episode not named (deleted, draft, or left out of this build). */
  keepOnly(slugs: ReadonlySet<string>): Promise<void>;
}

const fileName = /^(.+)\.([0-9a-z]+)\.json$/;

export async function openSearchDocuments(folder: URL): Promise<SearchDocumentsWriter> {
  await mkdir(folder, { recursive: true });
  const files = new Map<string, string[]>();
  for (const name of await readdir(folder)) {
    const slug = fileName.exec(name)?.[1];
    if (slug !== undefined) files.set(slug, [...(files.get(slug) ?? []), name]);
  }
  const remove = (names: string[]) => Promise.all(names.map((name) => rm(new URL(name, folder), { force: true })));
  return {
    has: (slug, key) => files.get(slug)?.length === 1 && files.get(slug)![0] === `${slug}.${key}.json`,
    async write(slug, key, document) {
      await remove(files.get(slug) ?? []);
      const name = `${slug}.${key}.json`;
      await writeFile(new URL(name, folder), JSON.stringify(document));
      files.set(slug, [name]);
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

/** Every document in the folder, in slug order. */
export async function* readSearchDocuments(folder: URL): AsyncGenerator<SearchDocument> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => fileName.test(name)).sort();
  for (const name of names) yield JSON.parse(await readFile(new URL(name, folder), "utf8")) as SearchDocument;
}
