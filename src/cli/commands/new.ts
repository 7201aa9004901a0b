import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readContentFolder } from "../../lib/pipeline/read-content.ts";
import { episodeSlug, isGoodSlug } from "../../lib/scaffold/episode-slug.ts";
import { episodeTemplate } from "../../lib/scaffold/episode-template.ts";
import { processIo, type CommandIo } from "../command-io.ts";

export const help = `Usage: shownotes new "<episode title>" [--slug <folder-name>] [--date <YYYY-MM-DD>]

Makes the next episode's folder, content/episodes/<folder-name>/, with a
commented index.md (in the show's language) numbered after the last episode.
The folder name is the episode's address. English titles give one
(e.g. "How we built it" → how-we-built-it); Chinese titles give
episode-<number>, because pinyin cannot be chosen reliably offline:
pass --slug to pick your own (e.g. --slug ai-startups).
The episode starts as a draft: delete "draft: true" to publish it.

  --slug <name>        the folder name (lowercase letters, digits, dashes)
  --date <YYYY-MM-DD>  publication date (default: today)
  --content <folder>   the content folder (default: content, or $SHOWNOTES_CONTENT)
  -h, --help           show this help`;

interface NewIo extends CommandIo {
  /** Today as `YYYY-MM-DD` (tests pin it). */
  today?: () => string;
}

/** `shownotes new "<title>"`: scaffolds the next episode; never overwrites a folder. */
export async function run(args: string[], io: NewIo = processIo()): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const fail = (message: string) => (io.err(`${message}\n`), 1);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      date: { type: "string" },
      content: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return 0;
  }
  const title = positionals.join(" ").trim();
  if (!title) {
    return fail('Give the episode\'s title in quotes, e.g. shownotes new "How we built the studio"');
  }
  const dir = (values.content ?? process.env.SHOWNOTES_CONTENT ?? "content").replace(/\/+$/, "");
  const content = readContentFolder(cwd, dir);
  const numbers = content.episodes.map((episode) => (episode.markdown?.frontmatter.value as { number?: unknown } | undefined)?.number);
  const number = Math.max(0, ...numbers.filter((value): value is number => typeof value === "number")) + 1;
  const slug = values.slug ?? episodeSlug(title, number);
  if (!isGoodSlug(slug)) {
    return fail(`"${slug}" is not a good folder name: use lowercase letters, digits and dashes, e.g. --slug episode-${number}`);
  }
  const date = values.date ?? (io.today ?? (() => new Date().toISOString().slice(0, 10)))();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return fail(`"${date}" is not a date: write it as year-month-day, e.g. 2024-03-01`);
  }
  const folder = `${dir}/episodes/${slug}`;
  if (existsSync(join(cwd, folder))) {
    return fail(`${folder} already exists; nothing was changed. Choose another name with --slug.`);
  }
  const language = (content.show?.value as { language?: unknown } | undefined)?.language;
  mkdirSync(join(cwd, folder), { recursive: true });
  writeFileSync(join(cwd, folder, "index.md"), episodeTemplate({ title, number, date, language: typeof language === "string" ? language : "en" }));
  io.out(`Created ${folder}/index.md (episode ${number}, a draft). Write the summary there and put the transcript beside it.\n`);
  return 0;
}
