import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
// sharp must be loaded on the main thread before a worker thread loads it (its
// native library cannot be unloaded and loaded again; sharp's documentation
// on worker threads says so): the worker's drawing uses it.
import "sharp";
import { workerEntry } from "../workers/worker-entry.ts";
import { cachedShareImage, shareImageFile, shareImageFolder } from "./cache.ts";
import type { ShareImageArtwork, ShareImageContent } from "./layout.ts";

/**
 * Share images drawn on the second core while the build renders pages on
 * the first. Drawing is the build's largest single cost (about 30 ms an
 * episode, a third of the rendering at 1,000 episodes), and Astro renders
 * routes one after another on one thread. So as soon as content has
 * loaded, a worker thread draws the images into the share-image cache,
 * starting from the end of the list the share.png route renders in. The
 * route, unchanged, takes each image from the cache when it is there and
 * draws it when not; the two meet in the middle, each image drawn once
 * (twice at most where they meet, with the same bytes). Nothing is handed
 * over but the cache files, written whole or not at all.
 */
export interface DrawAheadJob {
  cacheDir: string;
  /** Without the artwork, which is the same for every image and goes once. */
  contents: Omit<ShareImageContent, "artwork">[];
  artwork?: ShareImageArtwork | undefined;
}

/** Below this many images, starting a thread costs more than it saves. */
const WORTH_A_THREAD = 20;

export interface DrawingAhead {
  /** How many pictures the worker was given (those not in the cache yet); 0 when no worker started. */
  pictures: number;
  /** Stops the worker (the build is done, or failed); images it finished stay in the cache. */
  stop(): Promise<void>;
}

/** Starts drawing `contents` (in the order the route renders them) from the last one. */
export function drawAhead(cacheDir: string, contents: readonly ShareImageContent[]): DrawingAhead {
  const missing = contents.filter((content) => !existsSync(shareImageFile(shareImageFolder(cacheDir), content)));
  if (missing.length < WORTH_A_THREAD) return { pictures: 0, stop: async () => {} };
  const artwork = missing[0]!.artwork;
  const job: DrawAheadJob = {
    cacheDir,
    contents: missing.map(({ artwork: _artwork, ...content }) => content).reverse(),
    ...(artwork ? { artwork } : {}),
  };
  // A failure here only loses the head start: the route draws what is missing.
  let worker: Worker;
  try {
    worker = new Worker(workerEntry(new URL("./draw-ahead-worker.ts", import.meta.url)), { workerData: job });
  } catch {
    return { pictures: 0, stop: async () => {} };
  }
  worker.on("error", () => {});
  worker.unref();
  return {
    pictures: missing.length,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** The worker's loop (draw-ahead-worker.ts). */
export async function drawAheadInto(job: DrawAheadJob): Promise<void> {
  const folder = shareImageFolder(job.cacheDir);
  for (const content of job.contents) {
    const whole = job.artwork ? { ...content, artwork: job.artwork } : content;
    if (existsSync(shareImageFile(folder, whole))) continue;
    await cachedShareImage(folder, whole);
  }
}

