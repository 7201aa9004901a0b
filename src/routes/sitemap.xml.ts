import type { APIRoute } from "astro";
import { getPeople, getPublishedEpisodes, getShow } from "../data/queries.ts";
import { buildSitemapXml } from "../lib/seo/sitemap.ts";
import { sitePages } from "../lib/seo/site-pages.ts";
import { absoluteUrl } from "../lib/urls/site-urls.ts";

/** `/sitemap.xml`: every page the site builds, with the date it last changed. */
export const GET: APIRoute = async () => {
  const [show, episodes, people] = await Promise.all([getShow(), getPublishedEpisodes(), getPeople()]);
  const pages = sitePages({ episodes, people, showHosts: show.hosts });
  const xml = buildSitemapXml(pages.map((page) => ({ loc: absoluteUrl(show.url, page.path), lastmod: page.lastmod })));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
