/**
 * `npm pack` / `npm publish` (prepack): compiles the `shownotes` command and
 * the worker threads the build starts to plain JavaScript in dist-cli/.
 * Node runs TypeScript by stripping types, but refuses to under
 * node_modules, which is where an installed package lives. The integration
 * itself, its pages and components ship as source: Astro loads them through
 * Vite, which compiles them.
 */
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { COMPILED_FOLDER } from "../src/lib/workers/worker-entry.ts";

const root = new URL("../", import.meta.url);
const outdir = fileURLToPath(new URL(`${COMPILED_FOLDER}/`, root));
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    shownotes: fileURLToPath(new URL("src/cli/index.ts", root)),
    // Their names must stay those of the sources (src/lib/workers/worker-entry.ts finds them by name).
    "search-index-worker": fileURLToPath(new URL("src/integrations/search-index-worker.ts", root)),
    "transcript-check-worker": fileURLToPath(new URL("src/lib/pipeline/transcript-check-worker.ts", root)),
    "draw-ahead-worker": fileURLToPath(new URL("src/lib/share-image/draw-ahead-worker.ts", root)),
  },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  // npm packages stay imports: the site installs them as the package's dependencies.
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node22.12",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
console.log(`Compiled the shownotes command and its workers into ${COMPILED_FOLDER}/`);
