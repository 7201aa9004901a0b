import { createHash } from "node:crypto";
import { uiStrings } from "../../i18n/index.ts";
import { toEpisodePage } from "../page-data/episode-view.ts";
import { episodeSearchFields } from "./page-fields.ts";
import { toSearchDocument } from "./search-document.ts";
import { transcriptModel } from "../transcript/stored-transcript.ts";
import { toParagraphs, type Paragraph } from "../transcript/index.ts";
import { openSearchDocuments, searchDocumentsFolder } from "./search-documents-folder.ts";
import { EpisodeSchema } from "../../schemas/episode.ts";
import { cacheVersion } from "../cache/cache-version.ts";
import type { Person } from "../../schemas/person.ts";
import type { Show } from "../../schemas/show.ts";
import type { StoredEntry } from "../pipeline/episode-store.ts";

/** Bump when the document's shape or making changes, so cached documents are made again. */
const DOCUMENT_VERSION = cacheVersion("search-document-4");

export interface EpisodeSearchDocuments {
  /**
   * Makes (or keeps, when its episode's key is unchanged) the search document
   * of one episode as stored. `paragraphs`: the transcript's paragraphs when
   * they are at hand (saves grouping them again).
   */
  put(slug: string, episodeKey: string, entry: StoredEntry, paragraphs?: readonly Paragraph[]): Promise<void>;
  /** Drops the documents of episodes not put since opening. */
  finish(): Promise<void>;
}

/**
 * The build's search documents (search-document.ts), made from the episode
 * models as the content pipeline stores them, so the index can be built
 * while content loads and pages render. An episode's key covers the
 * show's settings and people too (src/lib/pipeline/index.ts), which the
 * document shows. `onCurrent` hears of each document once it is current.
 */
export async function openEpisodeSearchDocuments(options: {
  cacheDir: URL;
  show: Show;
  people: ReadonlyMap<string, Person>;
  onCurrent?: (file: URL) => void;
}): Promise<EpisodeSearchDocuments> {
  const folder = await openSearchDocuments(searchDocumentsFolder(options.cacheDir), options.onCurrent);
  const published = new Set<string>();
  return {
    async put(slug, episodeKey, entry, paragraphs) {
      const data = EpisodeSchema.parse(entry.data);
      if (data.draft) return;
      published.add(slug);
      const key = createHash("sha256").update(`${DOCUMENT_VERSION}\0${episodeKey}`).digest("hex").slice(0, 32);
      await folder.put(slug, key, () => {
        const strings = uiStrings(data.lang ?? options.show.language);
        const grouped = paragraphs ?? (data.transcript ? toParagraphs(transcriptModel(data.transcript)) : []);
        const page = toEpisodePage({ id: slug, data }, { show: options.show, people: options.people, newestFirst: [], strings, paragraphs: grouped });
        return toSearchDocument(page, entry.rendered.html, episodeSearchFields(page, data), strings);
      });
    },
    finish: () => folder.keepOnly(published),
  };
}
