/**
 * Search-index design probe (`npm run bench -- --probe-search`): indexes the
 * archive's plain text through Pagefind's Node API in several layouts, so the
 * cost of each design lever is measured on the same text as the floor:
 *
 * - `page`: one custom record per episode (what indexing the page's HTML
 *   amounts to, minus HTML parsing);
 * - `section`: one record per eighth of the episode (about 15 minutes, the
 *   size of a chapter), URL `…/#s<n>`;
 * - `paragraph`: one record per transcript paragraph (URL `…/#p<n>`), so a
 *   result's fragment is one paragraph rather than the whole two-hour page;
 * - `*-presegmented`: Chinese text split into words beforehand with
 *   `Intl.Segmenter` and the words joined with U+200B (zero-width space),
 *   so Pagefind's own segmenter sees short runs.
 *
 * Run as a child process by run.ts (so its peak RSS is measured alone):
 *   node tests/bench/probe-pagefind.ts --variant paragraph --text DIR --lang zh --out DIR/pagefind
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

export const probeVariants = ["page", "page-presegmented", "section", "section-presegmented", "paragraph", "paragraph-presegmented"] as const;
export type ProbeVariant = (typeof probeVariants)[number];

const wordSegmenter = new Intl.Segmenter("zh", { granularity: "word" });
function presegment(text: string): string {
  const words: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) if (segment.trim()) words.push(segment.trim());
  return words.join("\u200B");
}

async function main() {
  const arg = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    const value = at >= 0 ? process.argv[at + 1] : undefined;
    if (!value) throw new Error(`--${name} is required`);
    return value;
  };
  const variant = arg("variant") as ProbeVariant;
  if (!probeVariants.includes(variant)) throw new Error(`--variant is one of ${probeVariants.join(", ")}`);
  const textDir = arg("text");
  const language = arg("lang") === "zh" ? "zh-cn" : "en";
  const prepare = variant.endsWith("presegmented") && language === "zh-cn" ? presegment : (text: string) => text;

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  for (const name of (await readdir(textDir)).filter((file) => file.endsWith(".txt")).sort()) {
    const slug = name.slice(0, -4);
    const paragraphs = (await readFile(join(textDir, name), "utf8")).split("\n\n").filter((p) => p.trim());
    const sections = 8;
    const perSection = Math.ceil(paragraphs.length / sections);
    const records = variant.startsWith("paragraph")
      ? paragraphs.map((text, i) => ({ url: `/episodes/${slug}/#p${i + 1}`, content: prepare(text) }))
      : variant.startsWith("section")
        ? Array.from({ length: sections }, (_, i) => ({
            url: `/episodes/${slug}/#s${i + 1}`,
            content: paragraphs.slice(i * perSection, (i + 1) * perSection).map(prepare).join("\n"),
          })).filter((record) => record.content)
        : [{ url: `/episodes/${slug}/`, content: paragraphs.map(prepare).join("\n") }];
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language, meta: { title: slug } });
      if (added.errors.length) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join("; ")}`);
    }
  }
  const written = await index.writeFiles({ outputPath: arg("out") });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
  // Pagefind's service process is killed without being waited for, so
  // /usr/bin/time never sees its usage: read it from /proc before closing.
  console.log(`PAGEFIND_SERVICE_USAGE ${JSON.stringify(await childUsage())}`);
  await pagefind.close();
}

/** Peak RSS (bytes) and CPU time (ms) of this process's children, from /proc (Linux). */
async function childUsage(): Promise<{ peakRssBytes: number; cpuMs: number }> {
  const children = (await readFile(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").catch(() => "")).split(/\s+/).filter(Boolean);
  let peakRssBytes = 0;
  let cpuMs = 0;
  for (const pid of children) {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    peakRssBytes = Math.max(peakRssBytes, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024);
    // Fields 14 and 15 of /proc/<pid>/stat: utime and stime in clock ticks (100 per second on Linux).
    const stat = (await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")).replace(/^.*\) /, "").split(" ");
    cpuMs += ((Number(stat[11]) || 0) + (Number(stat[12]) || 0)) * 10;
  }
  return { peakRssBytes, cpuMs };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
