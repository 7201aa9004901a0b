import * as pagefind from "pagefind";
import { readSearchIndexInput } from "./search-documents-folder.ts";

export interface SearchIndexResult {
  /** Addresses of the pages indexed. */
  urls: string[];
  /** What Pagefind reported; any entry fails the build. */
  errors: string[];
}

/** Documents handed to Pagefind before waiting for it: our side prepares the next while it indexes. */
const IN_FLIGHT = 4;

/**
 * Builds the Pagefind bundle for the search documents (search-document.ts)
 * in `files`, as they come, into `outputPath`, through Pagefind's Node API.
 * A file named twice is indexed once.
 */
export async function buildSearchIndex(files: AsyncIterable<URL> | Iterable<URL>, outputPath: string): Promise<SearchIndexResult> {
  const urls: string[] = [];
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({});
    errors.push(...created.errors);
    const index = created.index;
    if (!index) return { urls, errors };
    let inFlight: Promise<void>[] = [];
    const seen = new Set<string>();
    for await (const file of files) {
      if (seen.has(file.href)) continue;
      seen.add(file.href);
      const { url, html } = await readSearchIndexInput(file);
      urls.push(url);
      inFlight.push(
        index.addHTMLFile({ url, content: html }).then((added) => {
          errors.push(...added.errors.map((error) => `${url}: ${error}`));
        }),
      );
      if (inFlight.length >= IN_FLIGHT) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    return { urls, errors };
  } finally {
    await pagefind.close();
  }
}
