import { existsSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Where `npm pack` puts the compiled command and workers (scripts/compile.ts). */
export const COMPILED_FOLDER = "dist-cli";

/**
 * The file a worker thread runs, given its TypeScript source beside the
 * caller (`new URL("./x-worker.ts", import.meta.url)`). In this repository
 * Node runs the source. Installed under node_modules, Node refuses to strip
 * types (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), and inside the
 * compiled command the source is not there at all: then the worker is the
 * compiled `dist-cli/x-worker.mjs` the package ships.
 */
export function workerEntry(source: URL): URL {
  const file = fileURLToPath(source);
  if (!file.split(sep).includes("node_modules") && existsSync(file)) return source;
  const compiledName = basename(file).replace(/\.ts$/, ".mjs");
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const compiled = join(dir, COMPILED_FOLDER, compiledName);
    if (existsSync(compiled)) return pathToFileURL(compiled);
    if (dirname(dir) === dir) {
      throw new Error(`the shownotes package is missing ${COMPILED_FOLDER}/${compiledName}; reinstall it (npm install shownotes)`);
    }
  }
}
