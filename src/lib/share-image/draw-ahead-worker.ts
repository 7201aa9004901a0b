/**
 * Worker thread of draw-ahead.ts: draws the share images it is given into
 * the cache, in order, skipping those already there (drawn by the
 * share.png route, which works from the other end of the list).
 */
import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import { drawAheadInto, type DrawAheadJob } from "./draw-ahead.ts";

// Lower than the build's main thread, which renders the pages: this is slack work.
if (process.platform === "linux") {
  try {
    setPriority(10);
  } catch {
    // Not allowed here: draw at the normal priority.
  }
}

await drawAheadInto(workerData as DrawAheadJob);
