import { on } from "node:events";
import { parentPort, workerData } from "node:worker_threads";
import { buildSearchIndex } from "../lib/search/build-index.ts";
import { lowerThreadPriority } from "../lib/workers/thread-priority.ts";
import { searchDocumentFiles } from "../lib/search/search-documents-folder.ts";

/**
 * Runs `buildSearchIndex` off Astro's thread (see pagefind.ts): preparing the
 * documents (word segmentation, HTML) then runs on the second core while
 * content loads and pages render on the first.
 *
 * Messages: `{ file }` for each document as the episodes loader makes it
 * current, then `{ end: folder }` when content has loaded; the folder then
 * holds exactly this build's documents, and any not announced are indexed too.
 */
const { outputPath } = workerData as { outputPath: string };

// The index has slack (it runs beside content loading and rendering), the
// pages do not. The Pagefind process this thread starts inherits the priority.
lowerThreadPriority();

async function* documentFiles(): AsyncGenerator<URL> {
  for await (const [message] of on(parentPort!, "message") as AsyncIterable<[{ file?: string; end?: string }]>) {
    if (message.file) yield new URL(message.file);
    if (message.end) {
      yield* await searchDocumentFiles(new URL(message.end));
      return;
    }
  }
}

parentPort!.postMessage(await buildSearchIndex(documentFiles(), outputPath));
