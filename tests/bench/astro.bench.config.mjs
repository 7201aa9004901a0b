// @ts-check
// The project's own configuration, unchanged, with the benchmark's timing
// probes around its integrations (see timings-integration.ts). The runner
// builds with `astro build --config tests/bench/astro.bench.config.mjs`.
import config from "../../astro.config.mjs";
import { benchTimings } from "./timings-integration.ts";

export default {
  ...config,
  // A cache per benchmark run, so cold builds really start cold.
  cacheDir: process.env.SHOWNOTES_BENCH_CACHE ?? config.cacheDir,
  // `--storage chunked` in the runner: try Astro's chunked data store without editing astro.config.mjs.
  ...(process.env.SHOWNOTES_BENCH_STORAGE
    ? { experimental: { ...config.experimental, collectionStorage: process.env.SHOWNOTES_BENCH_STORAGE } }
    : {}),
  integrations: [benchTimings("first"), ...(config.integrations ?? []), benchTimings("last")],
};
