import { EPISODES_PER_PAGE } from "../page-data/pagination.ts";
import { episodePath, listPagePath, personPath, tagPath } from "../urls/site-urls.ts";
import type { Person } from "../../schemas/person.ts";
import { appearsIn } from "../people/cast.ts";

/**
 * Every page the site builds, with the date it last changed, for
 * sitemap.xml: home and its later pages, episodes, tag pages and person
 * pages, the same routes `src/routes/` generates (a site test checks that
 * every built page is listed). A list page changes when its newest episode
 * does, so that episode's date is its lastmod.
 */
export interface SitePage {
  path: string;
  lastmod?: Date | undefined;
}

export interface SitePagesInput {
  /** Published episodes, newest first (as getPublishedEpisodes gives them). */
  episodes: readonly { id: string; data: { date?: Date | undefined; tags: readonly string[]; hosts?: readonly string[] | undefined; guests: readonly string[] } }[];
  /** Everyone with a page, by id (getPeople): people.yaml and plain names that have pages. A bare list of ids matches ids only. */
  people: readonly string[] | ReadonlyMap<string, Person>;
  /** The show's regular hosts, for episodes that name none. */
  showHosts: readonly string[];
}

export function sitePages({ episodes, people, showHosts }: SitePagesInput): SitePage[] {
  const newest = (list: SitePagesInput["episodes"]) => list.map((episode) => episode.data.date).find((date) => date !== undefined);
  const pages: SitePage[] = [];
  const pageCount = Math.max(1, Math.ceil(episodes.length / EPISODES_PER_PAGE));
  for (let n = 1; n <= pageCount; n++) {
    pages.push({ path: listPagePath(n), lastmod: newest(episodes.slice((n - 1) * EPISODES_PER_PAGE, n * EPISODES_PER_PAGE)) });
  }
  for (const episode of episodes) pages.push({ path: episodePath(episode.id), lastmod: episode.data.date });

  const byTag = new Map<string, SitePagesInput["episodes"][number][]>();
  for (const episode of episodes) {
    for (const tag of episode.data.tags) byTag.set(tagPath(tag), [...(byTag.get(tagPath(tag)) ?? []), episode]);
  }
  for (const [path, tagged] of byTag) pages.push({ path, lastmod: newest(tagged) });

  const ids = Array.isArray(people) ? people : [...(people as ReadonlyMap<string, Person>).keys()];
  for (const id of ids) {
    const theirs = episodes.filter((episode) =>
      Array.isArray(people) ? [...(episode.data.hosts ?? showHosts), ...episode.data.guests].includes(id) : appearsIn(id, episode, showHosts, people as ReadonlyMap<string, Person>),
    );
    pages.push({ path: personPath(id), lastmod: newest(theirs) });
  }
  return pages;
}
