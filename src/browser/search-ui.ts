/**
 * Loads Pagefind's Component UI (1.5+) on demand and points it at our precise
 * query module (`/pagefind/precise/pagefind.js`, see
 * src/browser/search/pagefind-module.ts) through its `bundlePath` option. Nothing
 * here runs until a listener opens search, so pages carry no search weight.
 */

interface ComponentUi {
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
  getInstanceManager(): { getInstance(name?: string): SearchInstance };
}

export interface SearchInstance {
  /** The current query, filters and sort: the UI's own state, which `<pagefind-config sort="date:desc">` also sets. */
  searchTerm: string;
  searchFilters: Record<string, unknown>;
  searchSort: Record<string, string>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, unknown>): void;
  on(event: "search", callback: (term: string) => void): void;
  /** The response our query module returned (src/browser/search/pagefind-module.ts), `complete` included. */
  on(event: "results", callback: (response: { complete?: boolean }) => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: ComponentUi;
  }
}

export interface SearchUiOptions {
  /** Site-relative folder of Pagefind's bundle, e.g. `/pagefind/`. */
  bundle: string;
  /** Label of a transcript moment with neither time nor speaker. */
  transcriptLabel: string;
  /** How result labels read, in the show's language (src/lib/search/moment-label.ts); JSON from the page. */
  resultStrings?: string | undefined;
  /** Most candidates checked per query (pagefind-module.ts; 20 when unset). */
  maxChecked?: number;
}

let loading: Promise<SearchInstance> | undefined;

export function loadSearchUi(options: SearchUiOptions): Promise<SearchInstance> {
  loading ??= (async () => {
    const stylesheet = document.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = `${options.bundle}pagefind-component-ui.css`;
    document.head.append(stylesheet);
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = `${options.bundle}pagefind-component-ui.js`;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${script.src}`));
      document.head.append(script);
    });
    const ui = window.PagefindComponents;
    if (!ui) throw new Error("Pagefind's Component UI did not start");
    return ui.configureInstance("default", {
      bundlePath: `${options.bundle}precise/`,
      transcriptLabel: options.transcriptLabel,
      ...(options.resultStrings ? { resultStrings: JSON.parse(options.resultStrings) as unknown } : {}),
      ...(options.maxChecked ? { maxChecked: options.maxChecked } : {}),
    });
  })();
  return loading;
}
