import { appendFileSync } from "node:fs";
import type { AstroIntegration } from "astro";

/**
 * Benchmark probe: appends `{"mark": ..., "at": <epoch ms>}` lines to the file
 * named by SHOWNOTES_BENCH_TIMINGS at each build hook, so the runner can split
 * a build into phases (content sync, render, post-build work such as the
 * search index) with millisecond precision; Astro's own log only has seconds.
 *
 * The runner installs two copies: `first` before every other integration and
 * `last` after them, so the time other integrations spend in `astro:build:done`
 * (e.g. writing the search index) falls between `first:done` and `last:done`.
 * Without the environment variable it does nothing.
 */
export function benchTimings(position: "first" | "last"): AstroIntegration {
  const mark = (name: string) => {
    const file = process.env.SHOWNOTES_BENCH_TIMINGS;
    if (file) appendFileSync(file, JSON.stringify({ mark: `${position}:${name}`, at: Date.now() }) + "\n");
  };
  return {
    name: `shownotes:bench-timings-${position}`,
    hooks: {
      "astro:config:setup": () => mark("config:setup"),
      "astro:config:done": () => mark("config:done"),
      "astro:build:start": () => mark("build:start"),
      "astro:build:generated": () => mark("build:generated"),
      "astro:build:done": () => mark("build:done"),
    },
  };
}
