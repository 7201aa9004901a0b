import type { APIRoute } from "astro";
import { getPeople, getPublishedEpisodes, getShow } from "../data/queries.ts";
import { buildFeedXml } from "../lib/feed/build-feed.ts";
import { toFeedEpisodes } from "../lib/feed/feed-episodes.ts";
import { FEED_PATH, feedUrl, publishesOwnFeed } from "../lib/urls/feed-url.ts";
import { resolvePeople } from "../lib/people/cast.ts";
import shownotesConfig from "virtual:shownotes/config";

/**
 * `/feed.xml`, unless the show's feed lives at its host (`feed.enabled:
 * false` in show.yaml): then no file is written at all, so apps cannot pick
 * up a second copy of the show. (The integration does not even inject this
 * route then; the check here keeps that true should show.yaml change while
 * the dev server runs.) The route is a one-value parameter because
 * Astro ignores getStaticPaths on a static route (`feed.xml.ts` is always
 * built); a parameter route with no paths builds nothing.
 */
export async function getStaticPaths() {
  const show = await getShow();
  return publishesOwnFeed(show) ? [{ params: { feed: FEED_PATH.slice(1, -".xml".length) } }] : [];
}

export const GET: APIRoute = async () => {
  const show = await getShow();
  const people = await getPeople();
  const entries = await getPublishedEpisodes();
  const { episodes, skipped, notes } = toFeedEpisodes(
    show,
    entries.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body, html: entry.rendered?.html })),
    people,
  );
  for (const skip of skipped) {
    console.warn(`[shownotes] ${shownotesConfig.contentDir}/episodes/${skip.slug}/index.md: left out of the podcast feed because ${skip.reason}`);
  }
  for (const note of notes) console.warn(`[shownotes] ${shownotesConfig.contentDir}/episodes/${note.slug}/index.md: ${note.message}`);
  const xml = buildFeedXml({ show, hosts: resolvePeople(show.hosts, people), selfUrl: feedUrl(show)!, episodes });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
