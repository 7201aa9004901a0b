import type { APIRoute } from "astro";
import { getNewsletterInput } from "../../../data/newsletter.ts";
import { getPublishedEpisodes } from "../../../data/queries.ts";
import { takeawaysText } from "../../../lib/newsletter/index.ts";

export async function getStaticPaths() {
  return (await getPublishedEpisodes()).map((episode) => ({ params: { slug: episode.id }, props: { episode } }));
}

/** The takeaways as plain text, for plain-text emails. */
export const GET: APIRoute = async ({ props }) =>
  new Response(takeawaysText(await getNewsletterInput(props.episode)), { headers: { "content-type": "text/plain; charset=utf-8" } });
