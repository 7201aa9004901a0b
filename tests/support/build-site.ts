import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const astroBin = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));

export interface BuildResult {
  outDir: string;
  /** The content folder built, relative to the repo root. */
  content: string;
  /** Everything the build printed (stdout and stderr), for asserting on warnings. */
  log: string;
  exitCode: number;
}

/**
 * Builds a show with the real `astro build` in a child process (the same
 * Node that runs the tests, i.e. the project's Node 24).
 * `content` is relative to the repo root; it reaches the integration as
 * `$SHOWNOTES_CONTENT`, which `shownotes()` reads when its `content` option
 * is not set. `config` builds with another astro.config.mjs (relative to
 * the repo root), e.g. one that sets the integration's options.
 */
export function buildSite(options: { content: string; outDir: string; env?: Record<string, string>; config?: string }): Promise<BuildResult> {
  const config = options.config ? ["--config", options.config] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, "build", "--outDir", options.outDir, ...config], {
      cwd: repoRoot,
      env: { ...process.env, SHOWNOTES_CONTENT: options.content, ASTRO_TELEMETRY_DISABLED: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ outDir: options.outDir, content: options.content, log, exitCode: code ?? 1 }));
  });
}
