import type { CollectionEntry } from "astro:content";
import { uiStrings } from "../i18n/index.ts";
import { toEpisodePage, type EpisodePage } from "../lib/page-data/episode-view.ts";
import { getPeople, getPublishedEpisodes, getShow } from "./queries.ts";

// Every route of an episode (its page, takeaways files, episode.json, embed
// card, oEmbed) reads the same page data: computed once per entry, keyed by
// its data object, which getCollection hands out unchanged on every call.
const pages = new WeakMap<object, Promise<EpisodePage>>();

/** The episode's page data (src/lib/page-data/episode-view.ts), computed once per build. */
export function getEpisodePage(episode: CollectionEntry<"episodes">): Promise<EpisodePage> {
  let page = pages.get(episode.data);
  if (!page) {
    page = Promise.all([getShow(), getPeople(), getPublishedEpisodes()]).then(([show, people, newestFirst]) =>
      toEpisodePage(episode, { show, people, newestFirst, strings: uiStrings(episode.data.lang ?? show.language) }),
    );
    pages.set(episode.data, page);
  }
  return page;
}
