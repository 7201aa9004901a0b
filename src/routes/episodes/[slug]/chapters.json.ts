import type { APIRoute, GetStaticPaths } from "astro";
import { getPublishedEpisodes, getShow } from "../../../data/queries.ts";
import { timedChapters, type Chapter } from "../../../lib/chapters/timed-chapters.ts";
import { toJsonChapters } from "../../../lib/chapters/json-chapters.ts";
import { absoluteUrl, momentPath } from "../../../lib/urls/site-urls.ts";

/** `/episodes/<slug>/chapters.json` for each episode whose chapters all have exact times. */
export const getStaticPaths = (async () => {
  const show = await getShow();
  const episodes = await getPublishedEpisodes();
  return episodes.flatMap((episode) => {
    const chapters = timedChapters((episode.data as { chapters?: Chapter[] }).chapters);
    if (!chapters) return [];
    const document = toJsonChapters(chapters, {
      title: episode.data.title,
      podcastName: show.title,
      author: show.author,
      duration: episode.data.duration,
      chapterUrl: (chapter) => absoluteUrl(show.url, momentPath(episode.id, { seconds: chapter.start })),
    });
    return [{ params: { slug: episode.id }, props: { document } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.document, null, 2) + "\n", { headers: { "Content-Type": "application/json+chapters; charset=utf-8" } });
