import type { APIRoute, GetStaticPaths } from "astro";
import { getPublishedEpisodes, getShow } from "../data/queries.ts";
import { forwardingPage, oldLinkRedirects } from "../lib/redirects/old-links.ts";
import { siteUrls } from "../lib/urls/site-urls.ts";

/** A forwarding page at each old episode address (see src/lib/redirects/old-links.ts). */
export const getStaticPaths = (async () => {
  const show = await getShow();
  const episodes = await getPublishedEpisodes();
  const urls = siteUrls(show.url);
  return oldLinkRedirects(episodes.map((entry) => ({ slug: entry.id, link: entry.data.link }))).map((redirect) => ({
    params: { oldLink: redirect.file },
    props: { to: urls.link(redirect.to), absoluteTo: urls.absolute(redirect.to) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(forwardingPage(props.to as string, props.absoluteTo as string), { headers: { "Content-Type": "text/html; charset=utf-8" } });
