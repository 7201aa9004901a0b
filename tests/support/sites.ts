import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { inject } from "vitest";
import { parse } from "yaml";
import { basePath } from "../../src/lib/urls/site-urls.ts";
import { repoRoot, type BuildResult } from "./build-site.ts";

/** A site built once by tests/global-setup.ts; fails loudly if its build failed. */
export function builtSite(name: string): BuildResult & { read(path: string): Promise<string> } {
  const site = inject("sites")[name];
  if (!site) throw new Error(`no built site named "${name}"`);
  if (site.exitCode !== 0) throw new Error(`building the "${name}" site failed:\n${site.log}`);
  return { ...site, read: (path: string) => readFile(join(site.outDir, path), "utf8") };
}

/**
 * The file in a built site's dist/ that one of its own absolute addresses
 * names (`https://example.org/show/episodes/a/chapters.json` →
 * `episodes/a/chapters.json`): dist/ is published at the path of show.yaml's url.
 */
export function distPathOf(site: BuildResult, address: string): string {
  const { url } = parse(readFileSync(join(repoRoot, site.content, "show.yaml"), "utf8")) as { url: string };
  const base = basePath(url);
  const path = new URL(address).pathname;
  if (!path.startsWith(base)) throw new Error(`${address} is not under the site's address ${url}`);
  return decodeURIComponent(path.slice(base.length));
}
