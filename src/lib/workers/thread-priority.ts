import { setPriority } from "node:os";

/**
 * Lowers the calling worker thread to nice 10, for slack work beside the
 * build's main thread (the search index, share pictures drawn ahead). On
 * Linux nice values are per thread, so this lowers only this thread and
 * the processes it starts (they inherit it), and the main thread keeps its
 * core on a two-core machine. Where it is not allowed, the work runs at the
 * normal priority.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== "linux") return;
  try {
    setPriority(10);
  } catch {
    // Not allowed here: the normal priority.
  }
}
