import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { downloadFailure, networkFetcher, type Fetcher } from "../../lib/import/feed-files.ts";
import { importFeed } from "../../lib/import/import-feed.ts";
import type { WriteOutcome } from "../../lib/import/manifest-writer.ts";
import { processIo, type CommandIo } from "../command-io.ts";

export const help = `Usage: shownotes import <feed.xml | https://…/feed.xml> [--content <folder>]

Turns your podcast's existing RSS feed into the content folder: show.yaml
(only if you have none yet), people.yaml from the feed's podcast:person tags,
and one folder per episode with its settings, the show notes as the starting
summary, and the chapters and transcript the feed links to.

Run it again whenever you like: files you have edited are never overwritten
(they are listed instead), and files you deleted are not brought back.

  --content <folder>   the content folder (default: content, or $SHOWNOTES_CONTENT)
  -h, --help           show this help`;

const SAY: Record<WriteOutcome, string> = {
  created: "created",
  updated: "updated from the feed",
  unchanged: "unchanged",
  "kept-edited": "kept as you edited it (not overwritten)",
  "kept-deleted": "not brought back (you deleted it)",
  "kept-existing": "kept (it was there before the import)",
};

interface ImportIo extends CommandIo {
  /** Downloads feeds, chapters and transcripts (tests serve files instead). */
  fetcher?: Fetcher;
}

/** `shownotes import <feed>`: exit code 1 only when the feed itself cannot be read. */
export async function run(args: string[], io: ImportIo = processIo()): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const say = (line: string) => io.out(`${line}\n`);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { content: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(`Give one feed: a file (feed.xml) or its address (https://…). Run "shownotes import --help" for more.\n`);
    return 1;
  }
  const source = positionals[0]!;
  const fetcher = io.fetcher ?? networkFetcher;
  let xml: string;
  try {
    xml = /^https?:\/\//i.test(source) ? new TextDecoder().decode(await fetcher(source)) : readFileSync(resolve(cwd, source), "utf8");
  } catch (thrown) {
    io.err(`Could not read the feed ${source}: ${downloadFailure(thrown)}\n`);
    return 1;
  }
  const dir = (values.content ?? process.env.SHOWNOTES_CONTENT ?? "content").replace(/\/+$/, "");
  let report;
  try {
    report = await importFeed({ xml, contentRoot: join(cwd, dir), fetcher });
  } catch (thrown) {
    io.err(`Could not import ${source}: ${(thrown as Error).message}\n`);
    return 1;
  }
  for (const file of report.files) if (file.outcome !== "unchanged") say(`${dir}/${file.path}: ${SAY[file.outcome]}`);
  for (const note of report.notes) say(note.file ? `${dir}/${note.file}: ${note.message}` : note.message);
  const count = (outcome: WriteOutcome) => report.files.filter((file) => file.outcome === outcome).length;
  say(
    `${report.episodes} episodes in the feed: ${count("created")} files created, ${count("updated")} updated, ${count("unchanged")} unchanged, ${count("kept-edited")} kept because you edited them. Run \`npx shownotes check\` next.`,
  );
  return 0;
}
