import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MarkdownHeading } from "@astrojs/markdown-remark";
import { SegmentColumnsSchema } from "../../schemas/transcript.ts";
import { writeFileAtomic } from "../cache/write-atomic.ts";
import type { Problem } from "../check/problem.ts";
import { segmentsFilePath, segmentsFolder, toSegmentColumns, toStoredTranscript, writeSegmentsFile } from "../transcript/stored-transcript.ts";
import type { EpisodeModel } from "./read-episode.ts";

/**
 * Episode models as the pipeline (src/lib/pipeline/index.ts) read them, kept
 * in Astro's cache folder for the content layer and for the next build:
 * `episodes/<slug>.json`, holding the model's key (the digest of everything
 * it was read from, with the package version), its problems and the entry
 * the episodes loader stores. A transcript's segments go to a file of their
 * own (see `segmentsFile` in src/schemas/transcript.ts for why).
 *
 * The build reads each episode folder once, here, before content is loaded;
 * the loader takes the entries as they are. An episode whose key is unchanged
 * since the last build is not read again: its problems are reported as
 * remembered. Every file is written whole or not at all (write-atomic.ts), and
 * a model whose segments file is gone counts as absent, so a killed build or a
 * cleared cache folder only means more episodes are read again.
 */
export interface StoredEpisode {
  key: string;
  slug: string;
  problems: Problem[];
  /** What the episodes loader stores; absent when the episode could not be read. */
  entry?: StoredEntry;
}

export interface StoredEntry {
  /** Validated by the episode schema when the loader stores it. */
  data: Record<string, unknown>;
  body: string;
  filePath: string;
  rendered: { html: string; metadata: { headings: MarkdownHeading[]; frontmatter: Record<string, unknown>; imagePaths: string[] } };
}

export function episodeStoreFolder(cacheDir: URL): string {
  return fileURLToPath(new URL("episode-models/", cacheDir));
}

export class EpisodeStore {
  readonly folder: string;
  readonly #segments: string;

  constructor(cacheDir: URL) {
    this.folder = episodeStoreFolder(cacheDir);
    this.#segments = segmentsFolder(cacheDir);
  }

  #file(slug: string): string {
    return join(this.folder, `${slug}.json`);
  }

  /** The stored model of an episode, if there is a whole one (its segments file included). */
  get(slug: string): StoredEpisode | undefined {
    let stored: StoredEpisode;
    try {
      stored = JSON.parse(readFileSync(this.#file(slug), "utf8")) as StoredEpisode;
    } catch {
      return undefined; // None yet, or unreadable: the episode is read again.
    }
    const segments = (stored.entry?.data.transcript as { segmentsFile?: string } | undefined)?.segmentsFile;
    if (segments !== undefined && !existsSync(segments)) return undefined;
    return stored;
  }

  /** The stored model when its key is `key`. */
  recall(slug: string, key: string): StoredEpisode | undefined {
    const stored = this.get(slug);
    return stored?.key === key ? stored : undefined;
  }

  /** Stores a model just read; returns what was stored. */
  async put(model: EpisodeModel, key: string): Promise<StoredEpisode> {
    const stored: StoredEpisode = { key, slug: model.slug, problems: model.problems };
    const read = model.episode;
    if (read) {
      const data: Record<string, unknown> = { ...read.data };
      if (read.transcript) {
        // Checked as the content layer checked segments when they were part of the entry.
        const columns = SegmentColumnsSchema.parse(toSegmentColumns(read.transcript.model.segments));
        const segmentsFile = segmentsFilePath(this.#segments, model.slug, key);
        await writeSegmentsFile(segmentsFile, columns);
        data.transcript = toStoredTranscript(read.transcript.model, read.transcript.file, segmentsFile);
      }
      stored.entry = {
        data,
        body: read.body,
        filePath: model.indexFile,
        rendered: { html: read.summary.html, metadata: { headings: read.summary.headings, frontmatter: read.frontmatter, imagePaths: [] } },
      };
    }
    await writeFileAtomic(this.#file(model.slug), JSON.stringify(stored));
    return stored;
  }

  /** Forgets an episode whose folder is gone. */
  async remove(slug: string): Promise<void> {
    const segments = (this.get(slug)?.entry?.data.transcript as { segmentsFile?: string } | undefined)?.segmentsFile;
    await rm(this.#file(slug), { force: true });
    if (segments !== undefined) await rm(segments, { force: true });
  }

  /** Removes the models and segments files of episodes not named (deleted folders), and segments files no model points to. */
  async keepOnly(slugs: ReadonlySet<string>): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const keptSegments = new Set<string>();
    for (const name of await readdir(this.folder)) {
      const slug = name.endsWith(".json") ? name.slice(0, -".json".length) : undefined;
      if (slug === undefined || !slugs.has(slug)) {
        await rm(join(this.folder, name), { force: true });
        continue;
      }
      const segments = (this.get(slug)?.entry?.data.transcript as { segmentsFile?: string } | undefined)?.segmentsFile;
      if (segments !== undefined) keptSegments.add(segments);
    }
    const names = await readdir(this.#segments).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => !keptSegments.has(join(this.#segments, name))).map((name) => rm(join(this.#segments, name), { force: true })));
  }
}

