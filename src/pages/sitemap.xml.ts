import type { APIRoute } from "astro";
import { getPublishedEpisodes, getShow } from "../data/queries.ts";
import { buildSitemapXml } from "../lib/seo/sitemap.ts";
import { absoluteUrl, episodePath } from "../lib/seo/urls.ts";

/** `/sitemap.xml`: the home page and every published episode, with their dates. */
export const GET: APIRoute = async () => {
  const show = await getShow();
  const episodes = await getPublishedEpisodes();
  const newest = episodes.find((episode) => episode.data.date)?.data.date;
  const xml = buildSitemapXml([
    { loc: absoluteUrl(show.url, "/"), lastmod: newest },
    ...episodes.map((episode) => ({ loc: absoluteUrl(show.url, episodePath(episode.id)), lastmod: episode.data.date })),
  ]);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
