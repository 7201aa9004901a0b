/**
 * `shownotes <command> …`: looks the command up in the table below and
 * runs it. Adding a command is one line here plus its module in
 * ./commands/<name>.ts exporting `help` and `run`. Modules load only when
 * their command runs, so `shownotes --help` stays instant.
 */
import type { Command } from "./command.ts";
import { processIo } from "./command-io.ts";

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  init: { summary: "Make a new show notes site in a folder: npx shownotes init my-show", load: () => import("./commands/init.ts") },
  convert: { summary: "Convert a transcript to WebVTT, SRT, Podcasting 2.0 JSON or HTML, or plain text", load: () => import("./commands/convert.ts") },
  check: { summary: "Check everything in content/ and list every problem at once", load: () => import("./commands/check.ts") },
  new: { summary: "Start the next episode: a folder with a commented index.md", load: () => import("./commands/new.ts") },
  import: { summary: "Turn an existing podcast feed (RSS) into content/", load: () => import("./commands/import.ts") },
};

export async function main(argv: string[], io = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`shownotes: there is no command "${name}". Run "shownotes --help" to see the commands.\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(args, io);
  } catch (error) {
    // Expected problems are reported by the command itself; this is a bug in
    // shownotes. A stack trace means nothing to a podcaster, the message may.
    io.err(`shownotes ${name}: something went wrong inside shownotes (${(error as Error).message}). Please report it together with the file you used.\n`);
    return 70;
  }
}

function overview(): string {
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`);
  return `Usage: shownotes <command> [options]

Commands:
${lines.join("\n")}

Run "shownotes <command> --help" for the options of one command.
`;
}
