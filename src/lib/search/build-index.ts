import * as pagefind from "pagefind";
import { searchDocumentHtml } from "./search-document.ts";
import { readSearchDocuments } from "./search-documents-folder.ts";

export interface SearchIndexResult {
  /** Addresses of the pages indexed. */
  urls: string[];
  /** What Pagefind reported; any entry fails the build. */
  errors: string[];
}

/** Documents handed to Pagefind before waiting for it: our side prepares the next while it indexes. */
const IN_FLIGHT = 4;

/**
 * Builds the Pagefind bundle for every search document in `documents`
 * (search-document.ts) into `outputPath`, through Pagefind's Node API.
 */
export async function buildSearchIndex(documents: URL, outputPath: string): Promise<SearchIndexResult> {
  const urls: string[] = [];
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({});
    errors.push(...created.errors);
    const index = created.index;
    if (!index) return { urls, errors };
    let inFlight: Promise<void>[] = [];
    for await (const document of readSearchDocuments(documents)) {
      urls.push(document.url);
      inFlight.push(
        index.addHTMLFile({ url: document.url, content: searchDocumentHtml(document) }).then((added) => {
          errors.push(...added.errors.map((error) => `${document.url}: ${error}`));
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
