import type { APIRoute } from "astro";
import { getPublishedEpisodes, getShow } from "../data/queries.ts";
import { oldLinkRedirects, redirectsFile } from "../lib/redirects/old-links.ts";
import { REDIRECTS_PATH, siteUrls } from "../lib/urls/site-urls.ts";

/**
 * `/_redirects`, only when imported episodes kept old page addresses
 * (`link`). A parameter route because Astro does not route files whose
 * names start with `_`.
 */
export async function getStaticPaths() {
  const episodes = await getPublishedEpisodes();
  return oldLinkRedirects(episodes.map((entry) => ({ slug: entry.id, link: entry.data.link }))).length > 0 ? [{ params: { redirects: REDIRECTS_PATH.slice(1) } }] : [];
}

export const GET: APIRoute = async () => {
  const episodes = await getPublishedEpisodes();
  const redirects = oldLinkRedirects(episodes.map((entry) => ({ slug: entry.id, link: entry.data.link })));
  return new Response(redirectsFile(redirects, siteUrls((await getShow()).url).link), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
