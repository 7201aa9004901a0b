/**
 * `shownotes <command> …`: looks the command up in the table below and
 * runs it. Adding a command is one line here plus its module in
 * ./commands/<name>.ts exporting `summary`, `help` and `run`.
 */
import type { Command } from "./command.ts";

const commands: Record<string, () => Promise<Command>> = {
  convert: () => import("./commands/convert.ts"),
};

export async function main(argv: string[], io = defaultIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(await overview());
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    io.err(`shownotes: there is no command "${name}". Run "shownotes --help" to see the commands.\n`);
    return 2;
  }
  return (await load()).run(args, io);
}

async function overview(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(commands).map(async ([name, load]) => `  ${name.padEnd(10)} ${(await load()).summary}`),
  );
  return `Usage: shownotes <command> [options]

Commands:
${lines.join("\n")}

Run "shownotes <command> --help" for the options of one command.
`;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

function defaultIo(): Io {
  return { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
}
