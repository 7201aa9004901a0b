import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";

/** The sample show this project starts with, by path inside the content folder. */
const SAMPLE_EPISODE = "episodes/ai-startups-moats-and-talent";
const SAMPLE_FILES = ["show.yaml", "people.yaml", "glossary.yaml", SAMPLE_EPISODE];

/**
 * True when the content folder still holds the sample show: importing beside
 * it would give a site with two shows' episodes whose people clash.
 */
export function holdsSampleShow(contentRoot: string): boolean {
  return existsSync(join(contentRoot, SAMPLE_EPISODE, "index.md"));
}

/** Removes the sample show's files (its episode, show.yaml, people.yaml, glossary.yaml) so an import starts clean. */
export function removeSampleShow(contentRoot: string): void {
  for (const path of SAMPLE_FILES) rmSync(join(contentRoot, path), { recursive: true, force: true });
}
