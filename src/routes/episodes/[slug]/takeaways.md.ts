import type { APIRoute } from "astro";
import { getNewsletterInput } from "../../../data/newsletter.ts";
import { getPublishedEpisodes } from "../../../data/queries.ts";
import { takeawaysMarkdown } from "../../../lib/newsletter/index.ts";

export async function getStaticPaths() {
  return (await getPublishedEpisodes()).map((episode) => ({ params: { slug: episode.id }, props: { episode } }));
}

/** The takeaways as Markdown, for newsletter tools that take Markdown. */
export const GET: APIRoute = async ({ props }) =>
  new Response(takeawaysMarkdown(await getNewsletterInput(props.episode)), { headers: { "content-type": "text/markdown; charset=utf-8" } });
