/**
 * The benchmark's measuring tools: timed child processes with peak RSS
 * (Debian's `/usr/bin/time -v`), build phase marks from
 * timings-integration.ts, folder sizes, and what a browser downloads for an
 * episode page and for a first search query.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic } from "../support/static-server.ts";

export interface TimedRun {
  exitCode: number;
  wallMs: number;
  /** Peak resident set size of the largest process in the tree, bytes (0 when unknown). */
  peakRssBytes: number;
  /**
   * Peak of the tree's processes' resident sets added up (polled each second),
   * bytes: what the machine needs when the build and Pagefind run side by side.
   */
  peakTreeRssBytes: number;
  /**
   * User + system CPU time of the process tree, ms (0 when unknown). On a
   * shared machine this moves far less than wall time, so it is reported too.
   */
  cpuMs: number;
  log: string;
}

const timeBin = "/usr/bin/time";

/**
 * Peak RSS over the process tree under `root`, polled from /proc: a helper
 * that is killed rather than waited for (Pagefind's Node API service, used
 * by a search integration) never reaches GNU time's figures.
 */
function watchTreeRss(root: number): () => { largest: number; sum: number } {
  let peak = 0;
  let peakSum = 0;
  const poll = () => {
    const parents = new Map<number, number>();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      } catch {}
    }
    let sum = 0;
    for (const pid of parents.keys()) {
      let up = pid;
      while (up > 1 && up !== root) up = parents.get(up) ?? 0;
      if (up !== root) continue;
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024);
        sum += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      } catch {}
    }
    peakSum = Math.max(peakSum, sum);
  };
  const timer = setInterval(poll, 1000);
  return () => {
    clearInterval(timer);
    return { largest: peak, sum: peakSum };
  };
}

/** Runs a command to completion, timing it and (when GNU time exists) its peak RSS. */
export function runTimed(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<TimedRun> {
  const useTime = existsSync(timeBin);
  const [bin, argv] = useTime ? [timeBin, ["-v", command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(bin, argv, {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    const treeRss = watchTreeRss(child.pid ?? 0);
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      const polled = treeRss();
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
      const cpu = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(log)?.[1] ?? 0) * 1000;
      const largest = Math.max(rss ? Number(rss[1]) * 1024 : 0, polled.largest);
      resolve({ exitCode: code ?? 1, wallMs, peakRssBytes: largest, peakTreeRssBytes: Math.max(largest, polled.sum), cpuMs: cpu("User") + cpu("System"), log });
    });
  });
}

export interface Phases {
  /** Process start to the first integration hook: Node, Vite and config loading. */
  startupMs: number;
  /** Content layer sync: loaders read and parse the archive (config:done → build:start). */
  contentMs: number;
  /** Bundling and rendering every page (build:start → build:done of the first probe). */
  renderMs: number;
  /** Other integrations' build:done work, e.g. a search index written by an integration. */
  postBuildMs: number;
}

/** Phases from the probe marks; `spawnedAt` is the epoch ms when the process was started. */
export async function readPhases(file: string, spawnedAt: number): Promise<Phases> {
  const marks = new Map<string, number>();
  for (const line of (await readFile(file, "utf8")).split("\n").filter(Boolean)) {
    const { mark, at } = JSON.parse(line) as { mark: string; at: number };
    marks.set(mark, at);
  }
  const at = (name: string) => {
    const value = marks.get(name);
    if (value === undefined) throw new Error(`the build never reached ${name} (marks: ${[...marks.keys()].join(", ")})`);
    return value;
  };
  return {
    startupMs: at("first:config:setup") - spawnedAt,
    contentMs: at("first:build:start") - at("last:config:done"),
    renderMs: at("first:build:done") - at("first:build:start"),
    postBuildMs: at("last:build:done") - at("first:build:done"),
  };
}

export async function folderBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/**
 * The search module a first query goes through: the site's own precise query
 * module when it has one (`pagefind/precise/pagefind.js`, same API as
 * Pagefind's), else Pagefind's bundle (`pagefind/pagefind.js`), else any.
 */
export async function findPagefindBundle(outDir: string): Promise<string | undefined> {
  for (const known of ["pagefind/precise/pagefind.js", "pagefind/pagefind.js"]) {
    if (existsSync(join(outDir, known))) return join(outDir, known);
  }
  for (const entry of await readdir(outDir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === "pagefind.js") return join(entry.parentPath, entry.name);
  }
  return undefined;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export { median };

export interface PageFigures {
  /** Median size of an episode page's HTML, bytes, and gzipped. */
  episodeHtmlBytes: number;
  episodeHtmlGzipBytes: number;
  /** Our own JavaScript an episode page loads (external files it fetched plus inline scripts), gzipped. */
  episodeJsGzipBytes: number;
  /** Bytes the server sent for a first search query (Pagefind bundle, index chunks, first 5 results), and gzipped. */
  firstQueryBytes: number | null;
  firstQueryGzipBytes: number | null;
  firstQueryResults: number | null;
  firstQueryFiles: number | null;
  /** Bytes per fetched path for the first query, largest first: where the budget goes. */
  firstQueryByPath: Record<string, number>;
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
/** Pagefind's index files are stored gzipped already; don't count them as compressible twice. */
const gzOrSelf = (bytes: Uint8Array) => (bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : Math.min(bytes.length, gz(bytes)));

export async function measurePages(outDir: string, slugs: string[], query: string, useBrowser: boolean): Promise<PageFigures> {
  const htmlSizes: number[] = [];
  const htmlGzip: number[] = [];
  for (const slug of slugs) {
    const html = await readFile(join(outDir, "episodes", slug, "index.html"));
    htmlSizes.push(html.length);
    htmlGzip.push(gz(html));
  }
  const figures: PageFigures = {
    episodeHtmlBytes: median(htmlSizes),
    episodeHtmlGzipBytes: median(htmlGzip),
    episodeJsGzipBytes: 0,
    firstQueryBytes: null,
    firstQueryGzipBytes: null,
    firstQueryResults: null,
    firstQueryFiles: null,
    firstQueryByPath: {},
  };
  const sample = slugs[Math.floor(slugs.length / 2)]!;
  const html = await readFile(join(outDir, "episodes", sample, "index.html"), "utf8");
  // Inline scripts count as our JS too (JSON-LD and other data blocks do not run).
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type=["']?(application\/(ld\+)?json|importmap)/.test(match[1]!)) continue;
    figures.episodeJsGzipBytes += gz(Buffer.from(match[2]!));
  }
  if (!useBrowser) {
    for (const match of html.matchAll(/<script[^>]*\bsrc=["']([^"']+)["']/g)) {
      const file = join(outDir, match[1]!.replace(/^\//, ""));
      if (existsSync(file)) figures.episodeJsGzipBytes += gz(await readFile(file));
    }
    return figures;
  }

  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/episodes/${sample}/`, { waitUntil: "networkidle" });
    for (const [path] of server.transferred) {
      if (/\.m?js$/.test(path)) figures.episodeJsGzipBytes += gz(await readFile(join(outDir, decodeURIComponent(path))));
    }
    const bundle = await findPagefindBundle(outDir);
    if (bundle) {
      server.transferred.clear();
      const bundleUrl = "/" + relative(outDir, bundle).split("\\").join("/");
      if (await page.locator("search-box").count()) {
        // Our site: what a listener's first query costs, exactly as the
        // header popup runs it (Ctrl+K, type, first result shown), UI included.
        await page.keyboard.press("Control+k");
        const input = page.locator("dialog.search-dialog input");
        await input.waitFor();
        await input.fill(query);
        await page.locator("dialog.search-dialog .search-results a.search-result-link").first().waitFor({ timeout: 120_000 });
        figures.firstQueryResults = await page.locator("dialog.search-dialog .search-results .search-result").count();
        server.transferred.delete("/favicon.ico");
      } else {
        // The floor (no search UI): load the bundle, search, and fetch the
        // first five results' fragments (Pagefind UI's first page).
        // Passed as source text: a function would be rewritten by vitest's
        // transform (its dynamic import() does not exist in the page).
        figures.firstQueryResults = (await page.evaluate(`(async () => {
          const module = await import(${JSON.stringify(bundleUrl)});
          // Pagefind's classic module API, or an instance (Pagefind 1.5+).
          const pagefind = typeof module.search === "function" ? module : module.createInstance({});
          await pagefind.init?.();
          const search = await pagefind.search(${JSON.stringify(query)});
          await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
          return search.results.length;
        })()`)) as number;
      }
      let raw = 0;
      let zipped = 0;
      for (const [path, bytes] of server.transferred) {
        raw += bytes;
        const file = join(outDir, decodeURIComponent(path));
        zipped += existsSync(file) ? Math.min(bytes, gzOrSelf(await readFile(file))) : bytes;
      }
      figures.firstQueryBytes = raw;
      figures.firstQueryGzipBytes = zipped;
      figures.firstQueryFiles = server.transferred.size;
      figures.firstQueryByPath = Object.fromEntries([...server.transferred].sort((a, b) => b[1] - a[1]));
    }
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
