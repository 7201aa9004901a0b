import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { inject } from "vitest";
import type { BuildResult } from "./build-site.ts";

/** A site built once by tests/global-setup.ts; fails loudly if its build failed. */
export function builtSite(name: string): BuildResult & { read(path: string): Promise<string> } {
  const site = inject("sites")[name];
  if (!site) throw new Error(`no built site named "${name}"`);
  if (site.exitCode !== 0) throw new Error(`building the "${name}" site failed:\n${site.log}`);
  return { ...site, read: (path: string) => readFile(join(site.outDir, path), "utf8") };
}
