import { cp, rename, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import type { SearchIndexResult } from "../lib/search/build-index.ts";
import { workerEntry } from "../lib/workers/worker-entry.ts";
import { searchDocumentsFolder } from "../lib/search/search-documents-folder.ts";

/**
 * Builds the search index as part of `astro build`: the bundle is
 * written to `<outDir>/pagefind/`. No copy in `public/`, no second command.
 * Any error Pagefind reports fails the build.
 *
 * The index is built from the episodes' search documents, which the
 * content pipeline writes as it reads each episode (src/lib/search/search-document.ts),
 * not from the built pages. A worker thread (Pagefind itself is a separate
 * process) indexes each document as the pipeline announces it
 * (`indexDocument`), and the rest of the folder once content has loaded, so on
 * a two-core machine indexing runs beside reading content and rendering pages
 * instead of after them (measured on 1,000 two-hour episodes). `astro:build:done` waits for it, checks that it
 * indexed exactly the episode pages the build wrote, and moves the bundle
 * into place.
 *
 * It also builds `pagefind/precise/pagefind.js`, the precise query path the
 * search UI loads in place of Pagefind's own module
 * (src/browser/search/pagefind-module.ts).
 */
export function pagefindSearch(): AstroIntegration & { indexDocument(file: URL): void } {
  let documents: URL | undefined;
  let staging: string | undefined;
  let indexer: ReturnType<typeof startIndexer> | undefined;
  let indexing: Promise<SearchIndexResult> | undefined;
  let startedAt = 0;
  let indexedAt = 0;
  return {
    name: "shownotes:pagefind",
    /** Indexes a search document now, while the build goes on (only while building). */
    indexDocument(file) {
      indexer?.worker.postMessage({ file: file.href });
    },
    hooks: {
      "astro:config:setup": async ({ config, command }) => {
        documents = searchDocumentsFolder(config.cacheDir);
        staging = fileURLToPath(new URL("search-index/", config.cacheDir));
        if (command !== "build") return;
        await rm(staging, { recursive: true, force: true });
        startedAt = performance.now();
        indexer = startIndexer(staging);
        indexing = indexer.result.then(async (result) => {
          indexedAt = performance.now();
          if (result.errors.length === 0) await buildPreciseModule(staging!);
          return result;
        });
        // Awaited in astro:build:done; a failure before then must not crash the process unreported.
        indexing.catch(() => {});
      },
      "astro:build:start": () => {
        indexer!.worker.postMessage({ end: documents!.href });
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundleDir = fileURLToPath(new URL("pagefind/", dir));
        const renderedAt = performance.now();
        // Waited for now: the indexer must keep the process alive until it is done.
        indexer!.worker.ref();
        const { urls, errors } = await indexing!;
        const problems = [...errors, ...compareWithPages(urls, pages)];
        if (problems.length > 0) throw new SearchIndexError(problems);
        await rm(bundleDir, { recursive: true, force: true });
        await moveFolder(staging!, bundleDir);
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

function startIndexer(outputPath: string): { worker: Worker; result: Promise<SearchIndexResult> } {
  const worker = new Worker(workerEntry(new URL("./search-index-worker.ts", import.meta.url)), { workerData: { outputPath } });
  // A build that fails before it finishes must not be kept alive by the indexer.
  worker.unref();
  const result = new Promise<SearchIndexResult>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the search indexer stopped (exit code ${code}) before it finished`)));
  });
  return { worker, result };
}

/**
 * Every episode page built is indexed, and nothing else: a mismatch is our bug, never the podcaster's.
 * The index holds site paths, percent-encoded (src/lib/urls/site-urls.ts); Astro names pages by their route's path.
 */
function compareWithPages(indexed: string[], pages: { pathname: string }[]): string[] {
  const built = new Set(pages.map(({ pathname }) => decodeURI(`/${pathname}`.replace(/\/+/g, "/"))).filter((url) => /^\/episodes\/[^/]+\/$/.test(url)));
  const urls = new Set(indexed.map((url) => decodeURI(url)));
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

/** Renamed when the cache and the output share a disk (instant), copied otherwise. */
async function moveFolder(from: string, to: string) {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

async function buildPreciseModule(bundleDir: string) {
  await build({
    entryPoints: [fileURLToPath(new URL("../browser/search/pagefind-module.ts", import.meta.url))],
    outfile: `${bundleDir}precise/pagefind.js`,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
}
