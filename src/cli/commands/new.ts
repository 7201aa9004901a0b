import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readContentFolder } from "../../lib/check/read-content.ts";
import { episodeSlug, isGoodSlug } from "../../lib/scaffold/episode-slug.ts";
import { episodeTemplate } from "../../lib/scaffold/episode-template.ts";

const HELP = `Usage: shownotes new "<episode title>" [--slug <folder-name>] [--date <YYYY-MM-DD>]

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

interface Io {
  out: (line: string) => void;
  cwd: string;
  today?: () => string;
}

/** `shownotes new "<title>"`: scaffolds the next episode; never overwrites a folder. */
export async function run(args: string[], io: Io = { out: console.log, cwd: process.cwd() }): Promise<number> {
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
    io.out(HELP);
    return 0;
  }
  const title = positionals.join(" ").trim();
  if (!title) {
    io.out('Give the episode\'s title in quotes, e.g. shownotes new "How we built the studio"');
    return 1;
  }
  const dir = (values.content ?? process.env.SHOWNOTES_CONTENT ?? "content").replace(/\/+$/, "");
  const content = readContentFolder(io.cwd, dir);
  const numbers = content.episodes.map((episode) => (episode.markdown?.frontmatter.value as { number?: unknown } | undefined)?.number);
  const number = Math.max(0, ...numbers.filter((value): value is number => typeof value === "number")) + 1;
  const slug = values.slug ?? episodeSlug(title, number);
  if (!isGoodSlug(slug)) {
    io.out(`"${slug}" is not a good folder name: use lowercase letters, digits and dashes, e.g. --slug episode-${number}`);
    return 1;
  }
  const date = values.date ?? (io.today ?? (() => new Date().toISOString().slice(0, 10)))();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.out(`"${date}" is not a date: write it as year-month-day, e.g. 2024-03-01`);
    return 1;
  }
  const folder = `${dir}/episodes/${slug}`;
  if (existsSync(join(io.cwd, folder))) {
    io.out(`${folder} already exists; nothing was changed. Choose another name with --slug.`);
    return 1;
  }
  const language = (content.show?.value as { language?: unknown } | undefined)?.language;
  mkdirSync(join(io.cwd, folder), { recursive: true });
  writeFileSync(join(io.cwd, folder, "index.md"), episodeTemplate({ title, number, date, language: typeof language === "string" ? language : "en" }));
  io.out(`Created ${folder}/index.md (episode ${number}, a draft). Write the summary there and put the transcript beside it.`);
  return 0;
}
