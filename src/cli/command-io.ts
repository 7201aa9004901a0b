/**
 * What a command writes to and where it works. Matches the CLI's `Io`
 * (`out`/`err` take text, newline included) and adds what tests replace:
 * the working folder, the clock and the downloader.
 */
import { exitQuietlyWhenPipeCloses } from "./closed-pipe.ts";

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  /** The project folder (default: the current directory). */
  cwd?: string;
}

export function processIo(): CommandIo {
  exitQuietlyWhenPipeCloses();
  return { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
}
