import type { CollectionEntry } from "astro:content";
import { uiStrings } from "../i18n/index.ts";
import { toEpisodePage, type EpisodePage } from "../lib/page-data/episode-view.ts";
import { getPeople, getPublishedEpisodes, getShow } from "./queries.ts";

/**
 * The episode's page data (src/lib/page-data/episode-view.ts): what its
 * page shows, and what its newsletter files are read from (newsletter.ts).
 * Not kept: it holds the whole transcript as the page shows it, and 1,000
 * of those held through a build would be hundreds of megabytes.
 */
export async function getEpisodePage(episode: CollectionEntry<"episodes">): Promise<EpisodePage> {
  const [show, people, newestFirst] = await Promise.all([getShow(), getPeople(), getPublishedEpisodes()]);
  return toEpisodePage(episode, { show, people, newestFirst, strings: uiStrings(episode.data.lang ?? show.language) });
}
