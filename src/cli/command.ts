import type { CommandIo } from "./command-io.ts";

/** What a module in ./commands exports. */
export interface Command {
  /** Full help for `shownotes <command> --help`. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CommandIo): Promise<number> | number;
}
