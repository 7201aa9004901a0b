import { createInterface } from "node:readline/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { FeedError } from "../../lib/import/decode-feed.ts";
import { downloadFailure, networkFetcher, type Fetcher } from "../../lib/import/feed-files.ts";
import { PLACEHOLDER_URL, SampleShowError, type ImportReport } from "../../lib/import/import-feed.ts";
import { importShow, type ImportShowOptions } from "../../lib/import/import-show.ts";
import type { WriteOutcome } from "../../lib/import/manifest-writer.ts";
import { processIo, type CommandIo } from "../command-io.ts";

export const help = `Usage: shownotes import <feed.xml | https://…/feed.xml> [options]

Turns your podcast's existing RSS feed into the content folder: show.yaml
(only if you have none yet), people.yaml from the feed's podcast:person tags,
and one folder per episode with its settings, the show notes as the starting
summary, and chapters found in the notes. Every episode keeps its guid, so
podcast apps see the same episodes when you move your feed here.

Run it again whenever you like: files you have edited are never overwritten
(they are listed instead), and files you deleted are not brought back.

  --url <address>      where this site will be published, e.g. https://podcast.example.com/
                       (asked for when you run it yourself; a placeholder is written otherwise)
  --fetch              also download the chapters and transcripts the feed links to
  --lenient            import what can be read from a damaged feed, and say how much could not
  --replace-sample     remove the sample show from the content folder first
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

export interface ImportIo extends CommandIo {
  /** Downloads feeds, chapters and transcripts (tests serve files instead). */
  fetcher?: Fetcher;
  /** Asks the podcaster a question; absent when nobody is there to answer (not a terminal, or a test). */
  ask?: (question: string) => Promise<string>;
}

/** `shownotes import <feed>`: exit code 1 when the feed cannot be read whole, or the import would mix two shows. */
export async function run(args: string[], io: ImportIo = interactiveIo()): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const say = (line: string) => io.out(`${line}\n`);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      content: { type: "string" },
      url: { type: "string" },
      fetch: { type: "boolean" },
      lenient: { type: "boolean" },
      "replace-sample": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
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
  const dir = (values.content ?? process.env.SHOWNOTES_CONTENT ?? "content").replace(/\/+$/, "");
  let url = values.url;
  if (url !== undefined && !/^https?:\/\/[^\s/]+/i.test(url)) {
    io.err(`--url needs a full address such as https://podcast.example.com/ (you gave "${url}").\n`);
    return 1;
  }
  if (url === undefined && io.ask) {
    const answer = (await io.ask(`Where will this site be published? (e.g. https://podcast.example.com/, Enter to decide later) `)).trim();
    if (/^https?:\/\/[^\s/]+/i.test(answer)) url = answer;
  }
  const options: ImportShowOptions = { fetcher: io.fetcher ?? networkFetcher, cwd, fetch: values.fetch ?? false, lenient: values.lenient ?? false, ...(url ? { url } : {}) };
  let report: ImportReport;
  try {
    try {
      report = await importShow(source, resolve(cwd, dir), { ...options, replaceSample: values["replace-sample"] ?? false });
    } catch (thrown) {
      if (!(thrown instanceof SampleShowError)) throw thrown;
      const answer = io.ask ? (await io.ask(`${dir}/ still holds the sample show. Replace it with your show? [y/N] `)).trim() : "";
      if (!/^y(es)?$/i.test(answer)) {
        io.err(
          `${dir}/ still holds the sample show (Monica 的播客): importing beside it would mix two shows. Nothing was written.\n` +
            `Run again with --replace-sample to remove the sample and import your show in its place, or import into another folder with --content.\n`,
        );
        return 1;
      }
      report = await importShow(source, resolve(cwd, dir), { ...options, replaceSample: true });
    }
  } catch (thrown) {
    if (thrown instanceof FeedError) {
      io.err(`${source}:${thrown.line}:${thrown.column}  ${thrown.message}\n`);
      io.err(`Nothing was imported. ${values.lenient ? "" : "Fix the feed (or ask your host to), or run again with --lenient to import what can be read."}\n`);
    } else {
      io.err(`Could not read the feed ${source}: ${downloadFailure(thrown)}\n`);
    }
    return 1;
  }
  for (const file of report.files) if (file.outcome !== "unchanged") say(`${dir}/${file.path}: ${SAY[file.outcome]}`);
  for (const note of report.notes) say(note.file ? `${dir}/${note.file}: ${note.message}` : note.message);
  for (const line of summaryLines(report, dir, values.fetch ?? false)) say(line);
  const count = (outcome: WriteOutcome) => report.files.filter((file) => file.outcome === outcome).length;
  say(
    `${report.episodes} episodes in the feed: ${count("created")} files created, ${count("updated")} updated, ${count("unchanged")} unchanged, ${count("kept-edited")} kept because you edited them. Run \`npx shownotes check\` next.`,
  );
  return 0;
}

/** What the podcaster needs to know about the migration, one line each. */
export function summaryLines(report: ImportReport, dir: string, fetched: boolean): string[] {
  const { summary } = report;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const lines = ["", "Summary:"];
  lines.push(`- ${plural(summary.imported, "episode")} imported, ${summary.skipped.length} skipped${summary.skipped.map((skip) => `; "${skip.title}" because ${skip.reason}`).join("")}`);
  if (summary.unreadable > 0) lines.push(`- ${plural(summary.unreadable, "item")} in the feed could not be read (damaged) and ${summary.unreadable === 1 ? "is" : "are"} missing: fix the feed and import again to add ${summary.unreadable === 1 ? "it" : "them"}`);
  lines.push(`- guids: ${summary.guidsKept} kept from the feed, ${summary.guidsFromEnclosure.length} taken from the audio URL because the feed's guid was empty${summary.guidsFromEnclosure.length > 0 ? ` (${summary.guidsFromEnclosure.map((title) => `"${title}"`).join(", ")})` : ""}; podcast apps will see the same episodes`);
  if (summary.showGuid) lines.push(`- the show's podcast:guid ${summary.showGuid.value} is kept in ${dir}/show.yaml (${summary.showGuid.from === "feed" ? "from the feed" : "derived from the feed's address, as apps do"})`);
  else lines.push(`- the feed has no podcast:guid and its address is unknown (imported from a file): add \`guid:\` to ${dir}/show.yaml if you know it, or import from the feed's address`);
  if (summary.timezone) lines.push(`- dates keep their time zone; show.yaml's timezone is ${summary.timezone}, so pages show the day as your listeners saw it`);
  if (summary.descriptionsShortened > 0) lines.push(`- ${plural(summary.descriptionsShortened, "description")} shortened to one line for lists and search results (the full notes are the episode's summary)`);
  for (const [kind, n] of summary.removedImages) lines.push(`- removed from the notes: ${kind} (${n})`);
  if (summary.chaptersFromNotes > 0) lines.push(`- chapters: ${plural(summary.chaptersFromNotes, "episode")} had a timestamped list in the notes, now its Chapters section`);
  if (summary.chaptersFiles > 0 || summary.transcripts > 0) {
    const linked = `${plural(summary.chaptersFiles, "chapters file")} and ${plural(summary.transcripts, "transcript")} linked by the feed`;
    lines.push(fetched ? `- ${linked}; ${summary.transcriptsDownloaded} transcript${summary.transcriptsDownloaded === 1 ? "" : "s"} downloaded` : `- ${linked}: their addresses are kept in each episode (chaptersUrl, transcriptUrl); run again with --fetch to download them`);
  }
  if (summary.placeholderUrl) lines.push(`- ${dir}/show.yaml: url is a placeholder (${PLACEHOLDER_URL}): set it to where this site will be published, or run again with --url <address>`);
  return lines;
}

function interactiveIo(): ImportIo {
  const io: ImportIo = processIo();
  if (process.stdin.isTTY && process.stdout.isTTY) {
    io.ask = async (question) => {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await prompt.question(question);
      } finally {
        prompt.close();
      }
    };
  }
  return io;
}
