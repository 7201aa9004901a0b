/**
 * What a command writes to and where it works: `out`/`err` take text,
 * newline included; tests replace them, and the working folder. Commands
 * that need more (import's downloader and clock) extend it.
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
