import { constants } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { getPublishedEpisodes } from "../../../data/queries.ts";
import { localAudioName } from "../../../lib/media/episode-audio.ts";
import { episodePath } from "../../../lib/urls/site-urls.ts";

/**
 * Publishes a self-hosted audio file (`audio: episode.mp3`, the file in the
 * episode's folder) next to the episode page. The loader has already
 * rewritten its address to `/episodes/<slug>/<file>`.
 */
export const getStaticPaths = (async () => {
  const episodes = await getPublishedEpisodes();
  return episodes.flatMap((episode) => {
    const prefix = episodePath(episode.id);
    const url = episode.data.audio?.url;
    if (!url?.startsWith(prefix) || !episode.filePath) return [];
    const name = decodeURIComponent(url.slice(prefix.length));
    // Only a plain file name of the episode's own folder: `..%2F..%2Fetc%2Fpasswd` must never be read and published.
    if (localAudioName(name) !== name) return [];
    return [{ params: { slug: episode.id, audio: name }, props: { source: resolve(dirname(episode.filePath), name) } }];
  });
}) satisfies GetStaticPaths;

// Not following links: the content check refuses them, and the page must not publish a file from outside content/ either.
export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { source: string }).source, { flag: constants.O_RDONLY | constants.O_NOFOLLOW }));
