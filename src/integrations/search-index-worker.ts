import { parentPort, workerData } from "node:worker_threads";
import { buildSearchIndex } from "../lib/search/build-index.ts";

/**
 * Runs `buildSearchIndex` off Astro's thread (see pagefind.ts): preparing the
 * documents (word segmentation, HTML) then runs on the second core while
 * pages render on the first.
 */
const { documents, outputPath } = workerData as { documents: string; outputPath: string };
parentPort!.postMessage(await buildSearchIndex(new URL(documents), outputPath));
