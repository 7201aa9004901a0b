/**
 * Worker thread of draw-ahead.ts: draws the share images it is given into
 * the cache, in order, skipping those already there (drawn by the
 * share.png route, which works from the other end of the list).
 */
import { workerData } from "node:worker_threads";
import { lowerThreadPriority } from "../workers/thread-priority.ts";
import { drawAheadInto, type DrawAheadJob } from "./draw-ahead.ts";

// Lower than the build's main thread, which renders the pages: this is slack work.
lowerThreadPriority();

await drawAheadInto(workerData as DrawAheadJob);
