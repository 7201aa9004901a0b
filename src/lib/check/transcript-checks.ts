/**
 * Checking every transcript is most of the content check's time (parsing
 * 1,000 two-hour transcripts: ~9 s of the 11.4 s check at 1,000 English
 * episodes, issue 9), and the check runs before anything else, on one core.
 * So a build checks every other transcript in a worker thread while this
 * thread checks the rest. Results are the same as checking them in turn
 * (the parse is a pure function of the file's bytes and the duration); each
 * episode's other checks still run in order afterwards.
 */
import { Worker } from "node:worker_threads";
import { checkTranscript, type TranscriptCheck } from "./check-transcript.ts";
import type { CheckedTranscript } from "./check-episode.ts";

/** One transcript to check: its file (relative to the project), bytes and the episode's duration. */
export interface TranscriptJob {
  file: string;
  bytes: Uint8Array;
  duration: number | undefined;
}

/** Below this many transcripts a worker's start-up costs more than it saves. */
const MIN_FOR_WORKER = 8;

/** Checks the transcripts, half of them in a worker thread; the results by file. */
export async function checkTranscriptsInParallel(jobs: readonly TranscriptJob[]): Promise<Map<string, CheckedTranscript>> {
  const checked = new Map<string, CheckedTranscript>();
  if (jobs.length < MIN_FOR_WORKER) return checked; // checkEpisode checks them itself.
  const theirs = jobs.filter((_, index) => index % 2 === 1);
  const worker = new Worker(new URL("./transcript-check-worker.ts", import.meta.url), {
    workerData: theirs.map(({ file, bytes, duration }) => ({ file, bytes, duration })),
  });
  const fromWorker = new Promise<TranscriptCheck[]>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the transcript checker stopped (exit code ${code}) before it finished`)));
  });
  // Ours are checked while the worker checks its share.
  for (const [index, job] of jobs.entries()) {
    if (index % 2 === 0) checked.set(job.file, { ...job, result: checkTranscript(job.file, job.bytes, job.duration) });
  }
  const results = await fromWorker;
  theirs.forEach((job, index) => checked.set(job.file, { ...job, result: results[index]! }));
  await worker.terminate();
  return checked;
}
