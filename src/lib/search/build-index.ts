import { readdir, readFile } from "node:fs/promises";
import * as pagefind from "pagefind";
import { readSearchIndexInput } from "./search-documents-folder.ts";

export interface SearchIndexResult {
  /** Addresses of the pages indexed. */
  urls: string[];
  /** What Pagefind reported; any entry fails the build. */
  errors: string[];
}

/** Documents handed to Pagefind before waiting for it: our side prepares the next while it indexes. */
const IN_FLIGHT = 4;

/**
 * Builds the Pagefind bundle for the search documents (search-document.ts)
 * in `files`, as they come, into `outputPath`, through Pagefind's Node API.
 * A file named twice is indexed once.
 */
export async function buildSearchIndex(files: AsyncIterable<URL> | Iterable<URL>, outputPath: string): Promise<SearchIndexResult> {
  const urls: string[] = [];
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({});
    errors.push(...created.errors);
    const index = created.index;
    if (!index) return { urls, errors };
    let inFlight: Promise<void>[] = [];
    const seen = new Set<string>();
    for await (const file of files) {
      if (seen.has(file.href)) continue;
      seen.add(file.href);
      const { url, html } = await readSearchIndexInput(file);
      urls.push(url);
      inFlight.push(
        index.addHTMLFile({ url, content: html }).then((added) => {
          errors.push(...added.errors.map((error) => `${url}: ${error}`));
        }),
      );
      if (inFlight.length >= IN_FLIGHT) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    return { urls, errors };
  } finally {
    const running = await pagefindProcesses();
    await pagefind.close();
    await processesEnded(running);
  }
}

/**
 * Pagefind's process, found among this process's children (Linux's /proc;
 * elsewhere none is found). `pagefind.close()` signals it and returns at
 * once, and this thread would end before the process had quit and been
 * waited for: the build then left it running behind, and its CPU time
 * (about a third of a 1,000-episode build's) went uncounted by
 * `/usr/bin/time` and the benchmark. Waiting here, with this thread's event
 * loop alive so Node collects its exit, fixes both.
 */
async function pagefindProcesses(): Promise<number[]> {
  const tasks = await readdir("/proc/self/task").catch(() => [] as string[]);
  const children = new Set<number>();
  for (const task of tasks) {
    const listed = await readFile(`/proc/self/task/${task}/children`, "utf8").catch(() => "");
    for (const pid of listed.split(/\s+/).filter(Boolean)) children.add(Number(pid));
  }
  const named = await Promise.all([...children].map(async (pid) => ((await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "")).startsWith("pagefind") ? pid : undefined)));
  return named.filter((pid): pid is number => pid !== undefined);
}

/** Until each process has quit and been collected (its /proc entry is gone), for at most `limitMs`. */
async function processesEnded(pids: readonly number[], limitMs = 5_000): Promise<void> {
  const started = Date.now();
  const exists = (pid: number) => readFile(`/proc/${pid}/stat`).then(() => true, () => false);
  let left = [...pids];
  while (left.length > 0 && Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const still = await Promise.all(left.map(exists));
    left = left.filter((_, index) => still[index]);
  }
}
