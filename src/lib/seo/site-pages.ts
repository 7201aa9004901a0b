import { personHref, tagHref } from "../episode-view.ts";
import { EPISODES_PER_PAGE, pageUrl } from "../pagination.ts";
import { episodePath } from "./urls.ts";

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
  /** Ids of everyone in people.yaml (each has a page). */
  people: readonly string[];
  /** The show's regular hosts, for episodes that name none. */
  showHosts: readonly string[];
}

export function sitePages({ episodes, people, showHosts }: SitePagesInput): SitePage[] {
  const newest = (list: SitePagesInput["episodes"]) => list.map((episode) => episode.data.date).find((date) => date !== undefined);
  const pages: SitePage[] = [];
  const pageCount = Math.max(1, Math.ceil(episodes.length / EPISODES_PER_PAGE));
  for (let n = 1; n <= pageCount; n++) {
    pages.push({ path: pageUrl(n), lastmod: newest(episodes.slice((n - 1) * EPISODES_PER_PAGE, n * EPISODES_PER_PAGE)) });
  }
  for (const episode of episodes) pages.push({ path: episodePath(episode.id), lastmod: episode.data.date });

  const byTag = new Map<string, SitePagesInput["episodes"][number][]>();
  for (const episode of episodes) {
    for (const tag of episode.data.tags) byTag.set(tagHref(tag), [...(byTag.get(tagHref(tag)) ?? []), episode]);
  }
  for (const [path, tagged] of byTag) pages.push({ path, lastmod: newest(tagged) });

  for (const id of people) {
    const theirs = episodes.filter((episode) => [...(episode.data.hosts ?? showHosts), ...episode.data.guests].includes(id));
    pages.push({ path: personHref(id), lastmod: newest(theirs) });
  }
  return pages;
}
