/**
 * `npm run bench`: builds synthetic archives of two-hour episodes with our
 * site and with the floor (a bare Astro project rendering the same text as
 * plain paragraphs, then Pagefind with its defaults), and reports time per
 * phase, peak memory, output sizes, page weight and the first search query.
 *
 *   npm run bench                          # zh, 100/200/400 episodes, 3 runs each, with floor
 *   npm run bench -- --lang en
 *   npm run bench -- --episodes 1000       # one scale only
 *   npm run bench -- --scale full          # 100/200/400/1000
 *   npm run bench -- --episodes 3 --runs 1 --no-floor   # smoke run (npm test does this)
 *
 * Never run two builds of the same checkout at once (by hand or two
 * benchmarks): Astro's `.astro/.prerender/` is shared and one build deletes
 * the other's chunks.
 *
 * Options: --probe-search (search-index layouts over the floor's text), --runs N, --no-floor, --no-hugo (Hugo is a second reference when installed), --no-browser, --no-incremental, --keep,
 * --json FILE (default bench-results/<lang>-<time>.json).
 */
import { existsSync } from "node:fs";
import { appendFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { probeVariants, type ProbeVariant } from "./probe-pagefind.ts";
import { generateArchive, type Archive, type BenchLang } from "./generate-archive.ts";
import { findPagefindBundle, folderBytes, measurePages, median, readPhases, runTimed, type PageFigures, type Phases } from "./measure.ts";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const astroBin = join(repoRoot, "node_modules/astro/bin/astro.mjs");
const pagefindBin = join(repoRoot, "node_modules/@pagefind/linux-x64/bin/pagefind_extended");
const floorRoot = join(repoRoot, "tests/bench/floor");
const hugoRoot = join(repoRoot, "tests/bench/hugo");
const hugoBin = "/usr/bin/hugo";

type SiteKind = "ours" | "floor" | "hugo";

/** Hugo's content: the floor's text as Markdown pages (paragraphs stay paragraphs). */
async function writeHugoContent(archive: Archive, lang: BenchLang, dir: string) {
  await mkdir(join(dir, "episodes"), { recursive: true });
  for (const slug of archive.slugs) {
    const text = await readFile(join(archive.floorTextDir, `${slug}.txt`), "utf8");
    await writeFile(join(dir, "episodes", `${slug}.md`), `---\ntitle: ${slug}\nlang: ${lang === "zh" ? "zh-CN" : "en"}\n---\n\n${text}`);
  }
}

export interface BuildFigures {
  /** Whole build, search index included, ms. */
  totalMs: number;
  phases: Phases & {
    /** Search indexing: Pagefind run after the build, or 0 when an integration did it (then it is in postBuildMs). */
    searchCliMs: number;
  };
  peakRssBytes: number;
  /** Peak of the build's processes' RSS added up (the build and Pagefind run side by side). */
  peakTreeRssBytes: number;
  /** Peak RSS of the build process alone, and of the separate Pagefind run (0 when the build indexed). */
  buildPeakRssBytes: number;
  indexPeakRssBytes: number;
  /** CPU time (user + system) of the build and indexing processes, ms: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** True when the build itself wrote the search index (an integration), false when the runner ran Pagefind after it. */
  searchIntegrated: boolean;
  loadBefore: number;
  loadAfter: number;
}

export interface SiteFigures {
  runs: BuildFigures[];
  median: { totalMs: number; cpuMs: number; contentMs: number; renderMs: number; searchMs: number; peakRssBytes: number; peakTreeRssBytes: number; msPerEpisode: number };
  distBytes: number;
  pagefindBytes: number;
  pages: PageFigures;
}

export interface SearchProbe {
  totalMs: number;
  cpuMs: number;
  peakRssBytes: number;
  pagefindBytes: number;
  firstQueryBytes: number | null;
  firstQueryGzipBytes: number | null;
}

export interface ScaleResult {
  episodes: number;
  ours: SiteFigures;
  floor?: SiteFigures;
  /** Hugo rendering the floor's text, when Debian's hugo is installed (second reference). */
  hugo?: SiteFigures;
  /** Our median total build time divided by the floor's. */
  ratioToFloor?: number;
  /** The same ratio in CPU time (less disturbed by other work on the machine). */
  cpuRatioToFloor?: number;
  /** Search-index design probe over the floor's text (one run each): see probe-pagefind.ts. */
  searchProbes?: Partial<Record<ProbeVariant, SearchProbe>>;
  /** Rebuild after changing one episode's summary, data store kept. */
  incremental?: BuildFigures;
}

export interface BenchResult {
  lang: BenchLang;
  /** Astro data store layout tried for our build, when not the project's own. */
  storage?: string;
  startedAt: string;
  node: string;
  cpus: number;
  scales: ScaleResult[];
}

interface Options {
  lang: BenchLang;
  scales: number[];
  runs: number;
  floor: boolean;
  /** Also build the floor's text with Hugo (only with the floor, and when /usr/bin/hugo exists). */
  hugo: boolean;
  browser: boolean;
  /** Index the floor's text through Pagefind's Node API in each probe layout (probe-pagefind.ts). */
  probeSearch: boolean;
  incremental: boolean;
  keep: boolean;
  json?: string | undefined;
  /** Astro data store layout to try for our build (`chunked`), instead of the project's setting. */
  storage?: string | undefined;
  log: (line: string) => void;
}

async function buildOnce(kind: SiteKind, archive: Archive, outDir: string, cacheDir: string, options: Options, cold: boolean): Promise<BuildFigures> {
  const timings = join(outDir + ".timings.jsonl");
  await rm(timings, { force: true });
  await rm(outDir, { recursive: true, force: true });
  if (cold) await rm(cacheDir, { recursive: true, force: true });
  const env: Record<string, string> = { SHOWNOTES_BENCH_TIMINGS: timings, SHOWNOTES_BENCH_CACHE: cacheDir };
  const args = [astroBin, "build", "--outDir", outDir];
  if (kind === "ours") {
    env.SHOWNOTES_CONTENT = relative(repoRoot, archive.contentDir);
    args.push("--config", "tests/bench/astro.bench.config.mjs");
    if (options.storage) env.SHOWNOTES_BENCH_STORAGE = options.storage;
  } else {
    env.SHOWNOTES_BENCH_FLOOR_TEXT = archive.floorTextDir;
    env.SHOWNOTES_BENCH_FLOOR_LANG = options.lang === "zh" ? "zh-CN" : "en";
    args.push("--root", floorRoot);
  }
  const loadBefore = loadavg()[0]!;
  const spawnedAt = Date.now();
  const build =
    kind === "hugo"
      ? await runTimed(hugoBin, ["--source", hugoRoot, "--contentDir", join(outDir, "..", "hugo-content"), "--destination", outDir, "--cacheDir", cacheDir, "--noBuildLock", "--quiet"], { cwd: repoRoot })
      : await runTimed(process.execPath, args, { cwd: repoRoot, env });
  if (build.exitCode !== 0) throw new Error(`${kind} build failed (exit ${build.exitCode}):\n${build.log.slice(-4000)}`);
  // Hugo has no phase hooks: its whole run counts as rendering.
  const phases = kind === "hugo" ? { startupMs: 0, contentMs: 0, renderMs: build.wallMs, postBuildMs: 0 } : await readPhases(timings, spawnedAt);
  let searchCliMs = 0;
  let indexPeakRssBytes = 0;
  let peakRssBytes = build.peakRssBytes;
  let cpuMs = build.cpuMs;
  const searchIntegrated = (await findPagefindBundle(outDir)) !== undefined;
  if (!searchIntegrated) {
    // Pagefind with its defaults, as its documentation runs it after a build.
    const index = await runTimed(pagefindBin, ["--site", outDir], { cwd: repoRoot });
    if (index.exitCode !== 0) throw new Error(`pagefind failed on the ${kind} site:\n${index.log.slice(-4000)}`);
    searchCliMs = index.wallMs;
    indexPeakRssBytes = index.peakRssBytes;
    peakRssBytes = Math.max(peakRssBytes, index.peakRssBytes);
    cpuMs += index.cpuMs;
  }
  return {
    totalMs: build.wallMs + searchCliMs,
    phases: { ...phases, searchCliMs },
    peakRssBytes,
    peakTreeRssBytes: Math.max(build.peakTreeRssBytes, searchCliMs > 0 ? indexPeakRssBytes : 0),
    buildPeakRssBytes: build.peakRssBytes,
    indexPeakRssBytes,
    cpuMs,
    searchIntegrated,
    loadBefore,
    loadAfter: loadavg()[0]!,
  };
}

async function buildSite(kind: SiteKind, archive: Archive, work: string, options: Options): Promise<{ figures: SiteFigures; outDir: string; cacheDir: string }> {
  const outDir = join(work, `${kind}-dist`);
  const cacheDir = join(work, `${kind}-cache`);
  const runs: BuildFigures[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const figures = await buildOnce(kind, archive, outDir, cacheDir, options, true);
    options.log(
      `  ${kind} run ${run}: ${(figures.totalMs / 1000).toFixed(1)} s (CPU ${(figures.cpuMs / 1000).toFixed(1)} s), peak ${(figures.peakRssBytes / 2 ** 30).toFixed(2)} GB (all processes ${(figures.peakTreeRssBytes / 2 ** 30).toFixed(2)} GB), load ${figures.loadBefore.toFixed(1)}`,
    );
    runs.push(figures);
  }
  const pages = await measurePages(outDir, archive.slugs, archive.query, options.browser);
  const searchMs = (r: BuildFigures) => r.phases.searchCliMs + (r.searchIntegrated ? r.phases.postBuildMs : 0);
  const totalMs = median(runs.map((r) => r.totalMs));
  return {
    outDir,
    cacheDir,
    figures: {
      runs,
      median: {
        totalMs,
        cpuMs: median(runs.map((r) => r.cpuMs)),
        contentMs: median(runs.map((r) => r.phases.contentMs)),
        renderMs: median(runs.map((r) => r.phases.renderMs)),
        searchMs: median(runs.map(searchMs)),
        peakRssBytes: median(runs.map((r) => r.peakRssBytes)),
        peakTreeRssBytes: median(runs.map((r) => r.peakTreeRssBytes)),
        msPerEpisode: totalMs / archive.slugs.length,
      },
      distBytes: await folderBytes(outDir),
      pagefindBytes: await folderBytes(join(outDir, "pagefind")),
      pages,
    },
  };
}

async function probeSearch(archive: Archive, floorOut: string, options: Options) {
  const probes: Partial<Record<ProbeVariant, SearchProbe>> = {};
  const script = join(repoRoot, "tests/bench/probe-pagefind.ts");
  for (const variant of probeVariants) {
    const out = join(floorOut, "pagefind");
    await rm(out, { recursive: true, force: true });
    const run = await runTimed(process.execPath, [script, "--variant", variant, "--text", archive.floorTextDir, "--lang", options.lang, "--out", out], { cwd: repoRoot });
    if (run.exitCode !== 0) throw new Error(`search probe ${variant} failed:\n${run.log.slice(-4000)}`);
    const pages = await measurePages(floorOut, archive.slugs, archive.query, options.browser);
    const service = JSON.parse(/PAGEFIND_SERVICE_USAGE (.*)/.exec(run.log)?.[1] ?? '{"peakRssBytes":0,"cpuMs":0}') as { peakRssBytes: number; cpuMs: number };
    run.cpuMs += service.cpuMs;
    run.peakRssBytes = Math.max(run.peakRssBytes, service.peakRssBytes);
    probes[variant] = {
      totalMs: run.wallMs,
      cpuMs: run.cpuMs,
      peakRssBytes: run.peakRssBytes,
      pagefindBytes: await folderBytes(out),
      firstQueryBytes: pages.firstQueryBytes,
      firstQueryGzipBytes: pages.firstQueryGzipBytes,
    };
    options.log(`  search probe ${variant}: ${(run.wallMs / 1000).toFixed(1)} s (CPU ${(run.cpuMs / 1000).toFixed(1)} s), peak ${(run.peakRssBytes / 2 ** 30).toFixed(2)} GB, first query ${kb(pages.firstQueryBytes)} KB`);
  }
  return probes;
}

export async function runBenchmark(options: Options & { onScale?: (result: BenchResult) => Promise<void> }): Promise<BenchResult> {
  const result: BenchResult = {
    lang: options.lang,
    ...(options.storage ? { storage: options.storage } : {}),
    startedAt: new Date().toISOString(),
    node: process.version,
    cpus: (await import("node:os")).cpus().length,
    scales: [],
  };
  for (const episodes of options.scales) {
    const work = join(tmpdir(), `shownotes-bench-${options.lang}-${episodes}-${process.pid}`);
    await rm(work, { recursive: true, force: true });
    try {
      options.log(`${episodes} episodes (${options.lang}): generating archive in ${work}`);
      const archive = await generateArchive({ episodes, lang: options.lang, out: join(work, "archive") });
      const ours = await buildSite("ours", archive, work, options);
      const scale: ScaleResult = { episodes, ours: ours.figures };
      if (options.floor) {
        const floor = await buildSite("floor", archive, work, options);
        scale.floor = floor.figures;
        scale.ratioToFloor = ours.figures.median.totalMs / floor.figures.median.totalMs;
        scale.cpuRatioToFloor = ours.figures.median.cpuMs / floor.figures.median.cpuMs;
        if (options.probeSearch) scale.searchProbes = await probeSearch(archive, floor.outDir, options);
        await rm(floor.outDir, { recursive: true, force: true });
        if (options.hugo && existsSync(hugoBin)) {
          await writeHugoContent(archive, options.lang, join(work, "hugo-content"));
          const hugo = await buildSite("hugo", archive, work, options);
          scale.hugo = hugo.figures;
          await rm(hugo.outDir, { recursive: true, force: true });
        }
      }
      if (options.incremental) {
        // One summary changed; everything else (and the data store) as the last build left it.
        await appendFile(join(archive.contentDir, "episodes", archive.slugs[0]!, "index.md"), "\nOne more line in the summary.\n");
        scale.incremental = await buildOnce("ours", archive, ours.outDir, ours.cacheDir, options, false);
        options.log(`  incremental rebuild: ${(scale.incremental.totalMs / 1000).toFixed(1)} s (content ${(scale.incremental.phases.contentMs / 1000).toFixed(1)} s)`);
      }
      result.scales.push(scale);
      await options.onScale?.(result);
    } finally {
      if (!options.keep) await rm(work, { recursive: true, force: true });
    }
  }
  return result;
}

const s = (ms: number | undefined) => (ms === undefined ? "–" : (ms / 1000).toFixed(1));
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? "–" : (bytes / 1024).toFixed(1));

/** A short Markdown table: one row per (scale, site). */
export function formatTable(result: BenchResult): string {
  const rows = [
    `Benchmark (${result.lang}), medians of ${result.scales[0]?.ours.runs.length ?? 0} run(s), Node ${result.node}, ${result.cpus} CPUs`,
    "",
    "| episodes | site | total s | CPU s | ms/episode (CPU) | content s | render s | search s | peak RSS GB (all processes) | × floor | dist MB | pagefind MB | HTML KB/page (gz) | JS gz KB/page | first query KB (gz) |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const scale of result.scales) {
    for (const [name, site] of [["ours", scale.ours], ["floor", scale.floor], ["hugo", scale.hugo]] as const) {
      if (!site) continue;
      const m = site.median;
      rows.push(
        `| ${scale.episodes} | ${name} | ${s(m.totalMs)} | ${s(m.cpuMs)} | ${m.msPerEpisode.toFixed(0)} (${(m.cpuMs / scale.episodes).toFixed(0)}) | ${s(m.contentMs)} | ${s(m.renderMs)} | ${s(m.searchMs)} | ${(m.peakRssBytes / 2 ** 30).toFixed(2)} (${(m.peakTreeRssBytes / 2 ** 30).toFixed(2)}) | ${name === "ours" && scale.ratioToFloor ? `${scale.ratioToFloor.toFixed(2)} (CPU ${scale.cpuRatioToFloor!.toFixed(2)})` : ""} | ${mb(site.distBytes)} | ${mb(site.pagefindBytes)} | ${kb(site.pages.episodeHtmlBytes)} (${kb(site.pages.episodeHtmlGzipBytes)}) | ${kb(site.pages.episodeJsGzipBytes)} | ${kb(site.pages.firstQueryBytes)} (${kb(site.pages.firstQueryGzipBytes)}) |`,
      );
    }
  }
  for (const scale of result.scales.filter((scale) => scale.searchProbes)) {
    rows.push("", `Search-index probes over the floor's text, ${scale.episodes} episodes (one run each):`, "", "| layout | s | CPU s | peak RSS GB | index MB | first query KB (gz) |", "|---|---:|---:|---:|---:|---:|");
    for (const [variant, probe] of Object.entries(scale.searchProbes!)) {
      rows.push(`| ${variant} | ${s(probe.totalMs)} | ${s(probe.cpuMs)} | ${(probe.peakRssBytes / 2 ** 30).toFixed(2)} | ${mb(probe.pagefindBytes)} | ${kb(probe.firstQueryBytes)} (${kb(probe.firstQueryGzipBytes)}) |`);
    }
  }
  const incremental = result.scales.filter((scale) => scale.incremental);
  if (incremental.length) {
    rows.push("", "Incremental rebuild after changing one summary: " + incremental.map((scale) => `${scale.episodes} episodes ${s(scale.incremental!.totalMs)} s, CPU ${s(scale.incremental!.cpuMs)} s (content ${s(scale.incremental!.phases.contentMs)} s)`).join(", "));
  }
  const searchNote = result.scales.some((scale) => !scale.ours.runs[0]?.searchIntegrated);
  if (searchNote) rows.push("", "Our search index was built by running Pagefind after the build (no search integration in this build).");
  return rows.join("\n");
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const flag = (name: string) => argv.includes(`--${name}`);
  const episodes = value("episodes");
  const scales = episodes ? [Number(episodes)] : value("scale") === "full" ? [100, 200, 400, 1000] : (value("scales") ?? "100,200,400").split(",").map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--episodes/--scales take whole numbers of episodes, got ${scales.join(",")}`);
  const lang = value("lang") ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new Error(`--lang is zh or en, got ${lang}`);
  return {
    lang,
    scales,
    runs: Number(value("runs") ?? 3),
    floor: !flag("no-floor"),
    hugo: !flag("no-hugo"),
    browser: !flag("no-browser"),
    probeSearch: flag("probe-search"),
    incremental: !flag("no-incremental"),
    keep: flag("keep"),
    json: value("json"),
    ...(value("storage") ? { storage: value("storage") } : {}),
    log: (line) => console.log(line),
  };
}

const usage = `Usage: npm run bench -- [options]

Builds a synthetic archive of two-hour episodes with shownotes and with a bare
Astro + Pagefind floor, and prints medians of each figure.

  --scales 100,200,400   episode counts to build (the default)
  --episodes N           one scale of N episodes
  --scale full           100, 200, 400 and 1,000 episodes
  --lang zh|en           Chinese (seed text, default) or English (corpus) transcripts
  --runs N               runs per figure (default 3; the median is reported)
  --no-floor, --no-hugo, --no-browser, --no-incremental
                         leave out the floor, Hugo, the first-query measurement, the incremental rebuild
  --probe-search         also compare Pagefind record layouts
  --storage chunked      try Astro's chunked content store
  --keep                 keep the generated archive and builds
  --json FILE            where to write the results (default bench-results/<lang>-<time>.json)`;

const knownOptions = new Set(["scales", "episodes", "scale", "lang", "runs", "no-floor", "no-hugo", "no-browser", "no-incremental", "probe-search", "storage", "keep", "json"]);

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  const unknown = argv.filter((arg) => arg.startsWith("--") && !knownOptions.has(arg.slice(2)));
  if (unknown.length) {
    console.error(`Unknown option ${unknown.join(", ")}\n\n${usage}`);
    process.exit(2);
  }
  const options = parseArgs(argv);
  const json = options.json ?? join(repoRoot, "bench-results", `${options.lang}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  await mkdir(join(json, ".."), { recursive: true });
  // Written after every scale too, so a long run that fails late keeps what it measured.
  const save = (result: BenchResult) => writeFile(json, JSON.stringify(result, null, 2) + "\n");
  const result = await runBenchmark({ ...options, onScale: save });
  await save(result);
  console.log("\n" + formatTable(result) + `\n\nResults: ${relative(process.cwd(), json)}`);
  if (!existsSync(json)) process.exitCode = 1;
}
