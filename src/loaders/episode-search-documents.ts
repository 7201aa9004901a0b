import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { uiStrings } from "../i18n/index.ts";
import { toEpisodePage } from "../lib/episode-view.ts";
import { episodeSearchFields } from "../lib/search/page-fields.ts";
import { toSearchDocument } from "../lib/search/search-document.ts";
import { transcriptModel } from "../lib/stored-transcript.ts";
import { toParagraphs, type Paragraph } from "../lib/transcript/index.ts";
import { openSearchDocuments, searchDocumentsFolder } from "../lib/search/search-documents-folder.ts";
import type { Episode } from "../schemas/episode.ts";
import { cacheVersion } from "../lib/cache/cache-version.ts";
import { PersonSchema, type Person } from "../schemas/person.ts";
import { ShowSchema } from "../schemas/show.ts";

/** Bump when the document's shape or making changes, so cached documents are made again. */
const DOCUMENT_VERSION = cacheVersion("search-document-3");

export interface EpisodeSearchDocuments {
  /** Makes (or keeps, when nothing it depends on changed) the search document of one loaded episode. */
  /** `paragraphs`: the transcript's paragraphs when the loader has just grouped them (saves grouping them again). */
  update(
    slug: string,
    digest: string,
    entry: { data: Record<string, unknown>; rendered?: { html: string } | undefined },
    paragraphs?: readonly Paragraph[],
  ): Promise<void>;
  /** Drops the documents of episodes this load did not update. */
  finish(): Promise<void>;
}

/**
 * The episodes loader's side job for search (src/lib/search/search-document.ts):
 * while it has each episode at hand, it writes the episode's search document,
 * so the index can be built while pages render. The document shows names and
 * the show's defaults, so it depends on `show.yaml` and `people.yaml` as well
 * as on the episode: all three are in its key.
 *
 * Problems in show.yaml or people.yaml are the content check's to report
 * (it runs before every build); when they don't parse, no documents are
 * written and the search integration says so.
 */
export async function episodeSearchDocuments(options: {
  showFile: URL;
  peopleFile: URL;
  cacheDir: URL;
  generateDigest: (data: string) => string;
}): Promise<EpisodeSearchDocuments> {
  const showText = await readFile(options.showFile, "utf8").catch(() => "");
  const peopleText = await readFile(options.peopleFile, "utf8").catch(() => "");
  const show = ShowSchema.safeParse(parseYamlOrNothing(showText));
  const people = parsePeople(peopleText);
  if (!show.success || !people) return { update: async () => {}, finish: async () => {} };

  const contextDigest = options.generateDigest([DOCUMENT_VERSION, showText, peopleText].join("\0"));
  const folder = await openSearchDocuments(searchDocumentsFolder(options.cacheDir));
  const published = new Set<string>();
  return {
    async update(slug, digest, entry, paragraphs) {
      // Stored data is the output of the episode schema (the loader's parseData).
      const data = entry.data as Episode;
      if (data.draft) return;
      published.add(slug);
      const key = options.generateDigest(`${contextDigest}\0${digest}`);
      await folder.put(slug, key, () => {
        const strings = uiStrings(data.lang ?? show.data.language);
        // Grouped here, not through transcriptParagraphs(): its per-entry memo would keep every
        // episode's paragraphs alive for the rest of the build in this (the loader's) module instance.
        const grouped = paragraphs ?? (data.transcript ? toParagraphs(transcriptModel(data.transcript)) : []);
        const page = toEpisodePage({ id: slug, data }, { show: show.data, people, newestFirst: [], strings, paragraphs: grouped });
        return toSearchDocument(page, entry.rendered?.html ?? "", episodeSearchFields(page, data), strings);
      });
    },
    finish: () => folder.keepOnly(published),
  };
}

function parsePeople(text: string): Map<string, Person> | undefined {
  const raw: unknown = text.trim() ? parseYamlOrNothing(text) : {};
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const people = new Map<string, Person>();
  for (const [id, value] of Object.entries(raw)) {
    const person = PersonSchema.safeParse(value);
    if (!person.success) return undefined;
    people.set(id, person.data);
  }
  return people;
}

function parseYamlOrNothing(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}
