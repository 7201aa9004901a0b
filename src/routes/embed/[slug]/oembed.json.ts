import type { APIRoute } from "astro";
import { getNewsletterInput } from "../../../data/newsletter.ts";
import { getPublishedEpisodes } from "../../../data/queries.ts";
import { oembedJson } from "../../../lib/newsletter/index.ts";

export async function getStaticPaths() {
  return (await getPublishedEpisodes()).map((episode) => ({ params: { slug: episode.id }, props: { episode } }));
}

/** oEmbed 1.0 for the episode's embed card; found through the `<link rel="alternate">` on the episode page. */
export const GET: APIRoute = async ({ props }) =>
  new Response(`${JSON.stringify(oembedJson(await getNewsletterInput(props.episode)), null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
