import type { APIRoute } from "astro";
import { getNewsletterInput } from "../../../data/newsletter.ts";
import { getPublishedEpisodes } from "../../../data/queries.ts";
import { episodeJsonText } from "../../../lib/newsletter/index.ts";

export async function getStaticPaths() {
  return (await getPublishedEpisodes()).map((episode) => ({ params: { slug: episode.id }, props: { episode } }));
}

/** The episode as JSON, for automation such as a newsletter tool pulling the latest episode. */
export const GET: APIRoute = async ({ props }) =>
  new Response(episodeJsonText(await getNewsletterInput(props.episode)), { headers: { "content-type": "application/json; charset=utf-8" } });
