import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** What happened to one file on this run. */
export type WriteOutcome =
  | "created"
  | "updated"
  | "unchanged"
  /** The podcaster changed the file since the import wrote it: left alone. */
  | "kept-edited"
  /** The podcaster deleted a file the import wrote: not brought back. */
  | "kept-deleted"
  /** The file was there before any import (e.g. a hand-written show.yaml): left alone. */
  | "kept-existing";

export interface ImportManifest {
  version: 1;
  /** Content digest of each file as the import last wrote it, by path inside the content folder. */
  files: Record<string, string>;
  /** Which folder each feed item (by guid, else title) was imported into, so renamed titles keep their folder. */
  episodes: Record<string, string>;
}

export const MANIFEST_NAME = ".import-manifest.json";

export function digest(content: string | Uint8Array): string {
  return `sha256-${createHash("sha256").update(content).digest("hex")}`;
}

/**
 * Writes imported files without ever overwriting the podcaster's work: a
 * file is only replaced when it still has exactly the content the import
 * wrote last time (its digest is in the manifest).
 */
export class ManifestWriter {
  readonly manifest: ImportManifest;
  readonly outcomes = new Map<string, WriteOutcome>();
  readonly #contentRoot: string;

  constructor(contentRoot: string) {
    this.#contentRoot = contentRoot;
    const path = join(contentRoot, MANIFEST_NAME);
    const empty: ImportManifest = { version: 1, files: {}, episodes: {} };
    this.manifest = existsSync(path) ? { ...empty, ...(JSON.parse(readFileSync(path, "utf8")) as Partial<ImportManifest>) } : empty;
  }

  /** `path` is relative to the content folder. */
  write(path: string, content: string | Uint8Array): WriteOutcome {
    const full = join(this.#contentRoot, path);
    const recorded = this.manifest.files[path];
    const wanted = digest(content);
    let outcome: WriteOutcome;
    if (!existsSync(full)) {
      outcome = recorded ? "kept-deleted" : "created";
    } else {
      const current = digest(readFileSync(full));
      if (recorded === undefined) outcome = current === wanted ? "unchanged" : "kept-existing";
      else if (current !== recorded) outcome = current === wanted ? "unchanged" : "kept-edited";
      else outcome = current === wanted ? "unchanged" : "updated";
    }
    if (outcome === "created" || outcome === "updated") {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    if (outcome === "created" || outcome === "updated" || (outcome === "unchanged" && recorded !== undefined)) {
      this.manifest.files[path] = wanted;
    }
    this.outcomes.set(path, outcome);
    return outcome;
  }

  /** Whether a file exists in the content folder (written by anyone). */
  exists(path: string): boolean {
    return existsSync(join(this.#contentRoot, path));
  }

  save(): void {
    const sorted: ImportManifest = {
      version: 1,
      files: Object.fromEntries(Object.entries(this.manifest.files).sort(([a], [b]) => (a < b ? -1 : 1))),
      episodes: Object.fromEntries(Object.entries(this.manifest.episodes).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    mkdirSync(this.#contentRoot, { recursive: true });
    writeFileSync(join(this.#contentRoot, MANIFEST_NAME), `${JSON.stringify(sorted, null, 2)}\n`);
  }
}
