import { getCollection, getEntry, type CollectionEntry } from "astro:content";
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
  return namedPeople.get([show, ...entries.map((entry) => entry.data), ...episodes.map((episode) => episode.data)], () =>
    withNamedPeople(new Map(entries.map((entry) => [entry.id, entry.data])), episodes, show.hosts),
  );
}

/** Published episodes (drafts left out), newest first. */
export async function getPublishedEpisodes() {
  const entries = await getCollection("episodes", (entry) => !entry.data.draft);
  return publishedOrder.get(entries.map((entry) => entry.data), () => sortEpisodesNewestFirst(entries));
}

/**
 * The last answer and the entries' data objects it was computed from. Every
 * route asks again (two per episode, at least), and working the answer out
 * each time went through the whole archive each time; the content layer
 * hands out the same data objects until content changes (in `astro dev` it
 * hands out new ones), so the same objects in the same order mean the same answer.
 */
class LastAnswer<T> {
  private sources: readonly object[] = [];
  private answer: T | undefined;

  get(sources: readonly object[], compute: () => T): T {
    if (this.answer === undefined || sources.length !== this.sources.length || sources.some((source, index) => source !== this.sources[index])) {
      this.answer = compute();
      this.sources = sources;
    }
    return this.answer;
  }
}

const namedPeople = new LastAnswer<ReturnType<typeof withNamedPeople>>();
const publishedOrder = new LastAnswer<CollectionEntry<"episodes">[]>();
