/**
 * Loads the search engine on demand: our precise query module
 * (`/pagefind/precise/pagefind.js`, src/browser/search/pagefind-module.ts),
 * which wraps Pagefind's own `pagefind.js`. Nothing here runs until a
 * listener opens search, so pages carry no search weight.
 *
 * Why our own panel (search/search-panel.ts) and not Pagefind's Component UI:
 * the Component UI was 47 KB gzipped of a first query's bytes (its script and
 * stylesheet), more than the wasm runtime, and the panel needs only a box, a
 * list and a few controls that the browser already provides (`<dialog>`,
 * `<select>`, links).
 */
import type { SearchResultStrings } from "../lib/search/moment-label.ts";

export interface SearchResponse {
  results: { id: string; data(): Promise<unknown> }[];
  /** Filter value counts over these results. */
  filters: Record<string, Record<string, number>>;
  /** False when candidates beyond the checked ones were left unchecked. */
  complete?: boolean;
}

export interface SearchEngine {
  search(term: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, string> }): Promise<SearchResponse | null>;
  /** Every filter's values with their page counts, before any query. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PreciseModule {
  createInstance(options: Record<string, unknown>): SearchEngine;
}

export interface SearchEngineOptions {
  /** Site-relative folder of Pagefind's bundle, e.g. `/pagefind/`. */
  bundle: string;
  resultStrings: Partial<SearchResultStrings>;
  /** Most candidates checked per query (pagefind-module.ts). */
  maxChecked: number;
}

const engines = new Map<string, Promise<SearchEngine>>();

export function loadSearchEngine(options: SearchEngineOptions): Promise<SearchEngine> {
  const key = `${options.bundle} ${options.maxChecked}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = (import(/* @vite-ignore */ `${options.bundle}precise/pagefind.js`) as Promise<PreciseModule>).then((module) =>
      module.createInstance({ resultStrings: options.resultStrings, maxChecked: options.maxChecked }),
    );
    // A failed download (offline) may be retried on the next open.
    engine.catch(() => engines.delete(key));
    engines.set(key, engine);
  }
  return engine;
}
