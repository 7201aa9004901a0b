import { getCollection, getEntry } from "astro:content";
import { sortEpisodesNewestFirst } from "../lib/page-data/episode-order.ts";
import { withNamedPeople } from "../lib/people/cast.ts";

/**
 * The content queries every page uses, so pages never repeat collection
 * plumbing (which entries are published, in which order).
 */
export async function getShow() {
  const entry = await getEntry("show", "show");
  if (!entry) throw new Error("content/show.yaml is missing: every site needs the show's settings there");
  return entry.data;
}

/**
 * Everyone with a page: people.yaml, plus each plain name (`guests: ["Bob Li"]`)
 * that appears in more than one published episode.
 */
export async function getPeople() {
  const [entries, episodes, show] = await Promise.all([getCollection("people"), getPublishedEpisodes(), getShow()]);
  return withNamedPeople(new Map(entries.map((entry) => [entry.id, entry.data])), episodes, show.hosts);
}

/** Published episodes (drafts left out), newest first. */
export async function getPublishedEpisodes() {
  const entries = await getCollection("episodes", (entry) => !entry.data.draft);
  return sortEpisodesNewestFirst(entries);
}
