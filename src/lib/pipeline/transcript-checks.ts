/**
 * Checking every transcript is most of the content check's time (parsing
 * 1,000 two-hour transcripts: ~6 s of the 8 s check at 1,000 English
 * episodes, in the benchmark), and the check runs before anything else, on one core.
 * So a build checks two transcripts in five in a worker thread while this
 * thread checks the rest: the worker's share is smaller because starting it
 * and sending its results back cost about a third of its work. Results are
 * the same as checking them in turn (the parse is a pure function of the
 * file's bytes and the duration); each episode's other checks still run in
 * order afterwards.
 */
import { Worker } from "node:worker_threads";
import type { SegmentColumns } from "../../schemas/transcript.ts";
import { fromSegmentColumns } from "../transcript/stored-transcript.ts";
import type { Transcript } from "../transcript/index.ts";
import { checkTranscript, type CheckedTranscript, type TranscriptCheck, type TranscriptJob } from "../check/check-transcript.ts";
import { workerEntry } from "../workers/worker-entry.ts";

/** Below this many transcripts a worker's start-up costs more than it saves. */
const MIN_FOR_WORKER = 8;

const inWorker = (index: number) => index % 5 < 2;

/** What the worker sends back for one transcript (transcript-check-worker.ts). */
interface WorkerResult {
  problems: TranscriptCheck["problems"];
  transcript?: Omit<Transcript, "segments"> & { segments: SegmentColumns };
}

/** Checks the transcripts, two in five of them in a worker thread; the results by file. */
export async function checkTranscriptsInParallel(jobs: readonly TranscriptJob[]): Promise<Map<string, CheckedTranscript>> {
  const checked = new Map<string, CheckedTranscript>();
  if (jobs.length < MIN_FOR_WORKER) return checked; // readEpisode checks them itself.
  const theirs = jobs.filter((_, index) => inWorker(index));
  const worker = new Worker(workerEntry(new URL("./transcript-check-worker.ts", import.meta.url)), {
    workerData: theirs.map(({ file, bytes, duration }) => ({ file, bytes, duration })),
  });
  const fromWorker = new Promise<WorkerResult[]>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the transcript checker stopped (exit code ${code}) before it finished`)));
  });
  // Ours are checked while the worker checks its share.
  for (const [index, job] of jobs.entries()) {
    if (!inWorker(index)) checked.set(job.file, { ...job, result: checkTranscript(job.file, job.bytes, job.duration) });
  }
  const results = await fromWorker;
  theirs.forEach((job, index) => {
    const { problems, transcript } = results[index]!;
    const result: TranscriptCheck = { problems, ...(transcript ? { transcript: { ...transcript, segments: fromSegmentColumns(transcript.segments) } } : {}) };
    checked.set(job.file, { ...job, result });
  });
  await worker.terminate();
  return checked;
}
