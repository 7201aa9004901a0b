import { cp, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import type { SearchIndexResult } from "../lib/search/build-index.ts";
import { searchDocumentsFolder } from "../lib/search/search-documents-folder.ts";

/**
 * Builds the search index as part of `astro build` (issue 5): the bundle is
 * written to `<outDir>/pagefind/`. No copy in `public/`, no second command.
 * Any error Pagefind reports fails the build.
 *
 * The index is built from the episodes' search documents, which the
 * episodes loader writes while content loads (src/lib/search/search-document.ts),
 * not from the built pages: it starts when the build starts, in a worker
 * thread (Pagefind itself is a separate process), so on a two-core machine
 * it runs beside page rendering instead of after it (issue 9: 1,000 two-hour
 * episodes). `astro:build:done` waits for it, checks that it indexed exactly
 * the episode pages the build wrote, and moves the bundle into place.
 *
 * It also builds `pagefind/precise/pagefind.js`, the precise query path the
 * search UI loads in place of Pagefind's own module
 * (src/lib/search/pagefind-module.ts).
 */
export function pagefindSearch(): AstroIntegration {
  let documents: URL | undefined;
  let staging: string | undefined;
  let indexing: Promise<SearchIndexResult> | undefined;
  let startedAt = 0;
  let indexedAt = 0;
  return {
    name: "shownotes:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        documents = searchDocumentsFolder(config.cacheDir);
        staging = fileURLToPath(new URL("search-index/", config.cacheDir));
      },
      "astro:build:start": async () => {
        await rm(staging!, { recursive: true, force: true });
        startedAt = performance.now();
        indexing = indexInWorker(documents!, staging!).then((result) => ((indexedAt = performance.now()), result));
        // Awaited in astro:build:done; a failure before then must not crash the process unreported.
        indexing.catch(() => {});
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundleDir = fileURLToPath(new URL("pagefind/", dir));
        const renderedAt = performance.now();
        const { urls, errors } = await indexing!;
        const problems = [...errors, ...compareWithPages(urls, pages)];
        if (problems.length > 0) throw new SearchIndexError(problems);
        await rm(bundleDir, { recursive: true, force: true });
        await cp(staging!, bundleDir, { recursive: true });
        await rm(staging!, { recursive: true, force: true });
        await buildPreciseModule(bundleDir);
        // How long the index took, and how much of that the build waited for after rendering.
        const seconds = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
        logger.info(
          `Search index: ${urls.length} page(s) written to ${bundleDir.slice(outDir.length - 1)} ` +
            `(indexed in ${seconds(indexedAt - startedAt)}, ${seconds(indexedAt - renderedAt)} of it after the pages were built)`,
        );
      },
    },
  };
}

function indexInWorker(documents: URL, outputPath: string): Promise<SearchIndexResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./search-index-worker.ts", import.meta.url), { workerData: { documents: documents.href, outputPath } });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the search indexer stopped (exit code ${code}) before it finished`)));
  });
}

/** Every episode page built is indexed, and nothing else: a mismatch is our bug, never the podcaster's. */
function compareWithPages(indexed: string[], pages: { pathname: string }[]): string[] {
  const built = new Set(pages.map(({ pathname }) => `/${pathname}`.replace(/\/+/g, "/")).filter((url) => /^\/episodes\/[^/]+\/$/.test(url)));
  const urls = new Set(indexed);
  const missing = [...built].filter((url) => !urls.has(url));
  const extra = [...urls].filter((url) => !built.has(url));
  return [
    ...(missing.length ? [`episode pages built but not indexed: ${missing.join(", ")}`] : []),
    ...(extra.length ? [`indexed but no such page was built: ${extra.join(", ")}`] : []),
  ];
}

class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`Building the search index failed:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

async function buildPreciseModule(bundleDir: string) {
  await build({
    entryPoints: [fileURLToPath(new URL("../lib/search/pagefind-module.ts", import.meta.url))],
    outfile: `${bundleDir}precise/pagefind.js`,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
}
