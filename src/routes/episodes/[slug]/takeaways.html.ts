import type { APIRoute } from "astro";
import { getTakeawaysEmailHtml } from "../../../data/newsletter.ts";
import { getPublishedEpisodes } from "../../../data/queries.ts";

export async function getStaticPaths() {
  return (await getPublishedEpisodes()).map((episode) => ({ params: { slug: episode.id }, props: { episode } }));
}

/** The email-safe takeaways fragment, to paste into a newsletter. */
export const GET: APIRoute = async ({ props }) =>
  new Response(await getTakeawaysEmailHtml(props.episode), { headers: { "content-type": "text/html; charset=utf-8" } });
