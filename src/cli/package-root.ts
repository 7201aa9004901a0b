import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface OwnPackage {
  /** The package's folder: this repository, or node_modules/shownotes. */
  root: string;
  json: { version: string; dependencies: Record<string, string>; devDependencies?: Record<string, string>; engines?: Record<string, string> };
}

/**
 * The shownotes package this command runs from, found by walking up from
 * this module: it runs from src/cli/ in the repository and from the
 * compiled dist-cli/ when installed, at different depths.
 */
export function ownPackage(from: string = import.meta.url): OwnPackage {
  for (let dir = dirname(fileURLToPath(from)); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8"));
      if (json.name === "shownotes") return { root: dir, json };
    }
    if (dirname(dir) === dir) throw new Error("cannot find the shownotes package.json");
  }
}
