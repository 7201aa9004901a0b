/**
 * Worker thread of transcript-checks.ts: checks the transcripts it is given
 * and posts the results back, in order. Segments travel as columns: cloning
 * ~2,600 small objects per two-hour transcript between threads cost more
 * than rebuilding them (0.8 s of 6.4 s for 500 English transcripts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { toSegmentColumns } from "../transcript/stored-transcript.ts";
import { checkTranscript, type TranscriptJob } from "../check/check-transcript.ts";

const jobs = workerData as TranscriptJob[];
parentPort!.postMessage(
  jobs.map((job) => {
    const { problems, transcript } = checkTranscript(job.file, job.bytes, job.duration);
    return { problems, ...(transcript ? { transcript: { ...transcript, segments: toSegmentColumns(transcript.segments) } } : {}) };
  }),
);
