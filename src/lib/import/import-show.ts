import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { networkFetcher, type Fetcher } from "./feed-files.ts";
import { importFeed, type ImportOptions, type ImportReport } from "./import-feed.ts";

export type ImportShowOptions = Omit<ImportOptions, "xml" | "contentRoot" | "fetcher" | "feedUrl"> & {
  /** Downloads the feed (when given by address), chapters and transcripts; the network by default. */
  fetcher?: Fetcher;
  /** Where a feed given as a relative file name is looked for. */
  cwd?: string;
};

/**
 * Imports a feed, given as a file or an address, into a content folder: the
 * one call `shownotes import` and `shownotes init --from` make. Throws a
 * FeedError (with line and column) for a damaged feed, and SampleShowError
 * when the folder still holds the sample show and `replaceSample` is not set.
 */
export async function importShow(source: string, contentRoot: string, options: ImportShowOptions = {}): Promise<ImportReport> {
  const { fetcher = networkFetcher, cwd = process.cwd(), ...rest } = options;
  const remote = /^https?:\/\//i.test(source);
  const bytes = remote ? await fetcher(source) : readFileSync(resolve(cwd, source));
  return importFeed({ ...rest, xml: bytes, contentRoot, fetcher, ...(remote ? { feedUrl: source } : {}) });
}
