import { getCollection, getEntry } from "astro:content";
import { sortEpisodesNewestFirst } from "../lib/episode-order.ts";

/**
 * The content queries every page uses, so pages never repeat collection
 * plumbing (which entries are published, in which order).
 */
export async function getShow() {
  const entry = await getEntry("show", "show");
  if (!entry) throw new Error("content/show.yaml is missing: every site needs the show's settings there");
  return entry.data;
}

export async function getPeople() {
  const entries = await getCollection("people");
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** Published episodes (drafts left out), newest first. */
export async function getPublishedEpisodes() {
  const entries = await getCollection("episodes", (entry) => !entry.data.draft);
  return sortEpisodesNewestFirst(entries);
}
