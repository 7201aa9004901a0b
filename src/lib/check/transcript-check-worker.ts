/** Worker thread of transcript-checks.ts: checks the transcripts it is given and posts the results back, in order. */
import { parentPort, workerData } from "node:worker_threads";
import { checkTranscript } from "./check-transcript.ts";
import type { TranscriptJob } from "./transcript-checks.ts";

const jobs = workerData as TranscriptJob[];
parentPort!.postMessage(jobs.map((job) => checkTranscript(job.file, job.bytes, job.duration)));
