import type { APIRoute, GetStaticPaths } from "astro";
import { getPublishedEpisodes, getShow } from "../data/queries.ts";
import { forwardingPage, oldLinkRedirects } from "../lib/redirects/old-links.ts";
import { absoluteUrl } from "../lib/seo/urls.ts";

/** A forwarding page at each old episode address (see src/lib/redirects/old-links.ts). */
export const getStaticPaths = (async () => {
  const show = await getShow();
  const episodes = await getPublishedEpisodes();
  return oldLinkRedirects(episodes.map((entry) => ({ slug: entry.id, link: entry.data.link }))).map((redirect) => ({
    params: { oldLink: redirect.file },
    props: { to: redirect.to, absoluteTo: absoluteUrl(show.url, redirect.to) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(forwardingPage(props.to as string, props.absoluteTo as string), { headers: { "Content-Type": "text/html; charset=utf-8" } });
