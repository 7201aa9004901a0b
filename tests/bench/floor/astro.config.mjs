// @ts-check
// The floor: a bare Astro project (the repo's own Astro, reached through the
// repo's node_modules) that renders the same transcript text as plain
// paragraphs, one page per episode. Nothing else: no content layer, no
// Markdown, no components. Built by tests/bench/run.ts with
// `astro build --root tests/bench/floor`, then Pagefind with its defaults.
import { defineConfig } from "astro/config";
import { benchTimings } from "../timings-integration.ts";

export default defineConfig({
  build: { format: "directory" },
  ...(process.env.SHOWNOTES_BENCH_CACHE ? { cacheDir: process.env.SHOWNOTES_BENCH_CACHE } : {}),
  integrations: [benchTimings("first"), benchTimings("last")],
});
