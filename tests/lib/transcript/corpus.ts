/**
 * The shared corpus sits beside the repository (../shared/corpus from the
 * repo root), in CI as here; files are read, never copied (some are GPL,
 * AGPL or CC BY-SA).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const corpusRoot = path.resolve(repoRoot, "../shared/corpus");
export const seedRoot = path.resolve(repoRoot, "../shared/seed");

export function corpusFile(relative: string): Buffer {
  return readFileSync(path.join(corpusRoot, relative));
}

export function corpusFiles(dir: string): string[] {
  return readdirSync(path.join(corpusRoot, dir))
    .sort()
    .map((f) => `${dir}/${f}`);
}
