import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PagefindSearchApi } from "../../src/browser/search/precise-search.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface NodePagefind {
  /** The `pagefind.js` module the site ships, running in Node. */
  pagefind: PagefindSearchApi & { filters(): Promise<Record<string, Record<string, number>>> };
  server: StaticServer;
  close(): Promise<void>;
}

/**
 * Loads a built site's own `pagefind/pagefind.js` in Node, the way a page in
 * `lang` would. Pagefind picks its index and decides whether to segment the
 * query from `<html lang>`; outside a browser it reads nothing, falls back to
 * the "unknown" language and searches unsegmented, so a CJK test without this
 * `document` would pass or fail for the wrong reason (issue 5). The bundle is
 * fetched over HTTP from the built site, as in a browser.
 *
 * Only one language per test file: the module is loaded once per process.
 */
export async function loadSitePagefind(outDir: string, lang: string): Promise<NodePagefind> {
  const server = await serveStatic(outDir);
  const globals = globalThis as Record<string, unknown>;
  globals.window ??= globalThis;
  // A page on another origin, so Pagefind keeps the absolute bundle URL.
  globals.location = new URL("http://page.invalid/");
  globals.document = {
    currentScript: null,
    querySelector: (selector: string) => (selector === "html" ? { getAttribute: (name: string) => (name === "lang" ? lang : null) } : null),
  };
  const module = await import(pathToFileURL(join(outDir, "pagefind/pagefind.js")).href);
  await module.options({ basePath: `${server.origin}/pagefind/` });
  await module.init();
  return { pagefind: module, server, close: () => server.close() };
}
