import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheVersion } from "../cache/cache-version.ts";
import type { Problem } from "./problem.ts";
import type { EpisodeFolder } from "./read-content.ts";

/** Bump when a check changes what it reports, so remembered results are checked again. */
const CHECKS_VERSION = cacheVersion("checks-2");

/**
 * What the content check found in each episode at the last build, keyed by
 * a digest of everything the episode's checks read: its folder (index.md,
 * the transcript's bytes, the file names) and the show's settings, people
 * and glossary. A rebuild after editing one episode checks, and so parses,
 * only that episode's transcript (unchanged transcripts are not
 * parsed again); the others' problems are reported again as remembered.
 * Checks across episodes (duplicate numbers, addresses) always run.
 */
export interface CheckMemory {
  /** The episode's remembered problems, when nothing they depend on changed. */
  recall(episode: EpisodeFolder): Problem[] | undefined;
  remember(episode: EpisodeFolder, problems: Problem[]): void;
  /** Writes what this check found, for the episodes it saw. */
  save(): void;
}

interface Remembered {
  key: string;
  problems: Problem[];
}

export function openCheckMemory(file: string, projectRoot: string, contentDir: string): CheckMemory {
  const context = createHash("sha256").update(CHECKS_VERSION);
  for (const name of ["show.yaml", "people.yaml", "glossary.yaml"]) {
    const path = join(projectRoot, contentDir, name);
    context.update(`\0${name}\0`).update(existsSync(path) ? readFileSync(path) : "");
  }
  const contextDigest = context.digest("hex");
  const previous = readMemory(file);
  const current: Record<string, Remembered> = {};
  const keys = new WeakMap<EpisodeFolder, string>();
  const keyOf = (episode: EpisodeFolder) => {
    let key = keys.get(episode);
    if (key === undefined) {
      const hash = createHash("sha256").update(contextDigest).update(`\0${episode.slug}\0${episode.files.join("/")}\0`);
      hash.update(episode.indexBytes ?? "").update("\0");
      if (episode.transcript) hash.update(episode.transcript.file).update("\0").update(episode.transcript.bytes);
      key = hash.digest("hex");
      keys.set(episode, key);
    }
    return key;
  };
  return {
    recall(episode) {
      const remembered = previous[episode.slug];
      if (!remembered || remembered.key !== keyOf(episode)) return undefined;
      current[episode.slug] = remembered;
      return remembered.problems;
    },
    remember(episode, problems) {
      current[episode.slug] = { key: keyOf(episode), problems };
    },
    save() {
      // Whole or not at all (a killed build must not leave half a file); see src/lib/cache/write-atomic.ts.
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(current));
      renameSync(temporary, file);
    },
  };
}

function readMemory(file: string): Record<string, Remembered> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, Remembered>) : {};
  } catch {
    return {}; // None yet, or unreadable: everything is checked.
  }
}
