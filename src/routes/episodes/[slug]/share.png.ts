import type { APIRoute, GetStaticPaths } from "astro";
import shownotesConfig from "virtual:shownotes/config";
import { getPublishedEpisodes, getShow } from "../../../data/queries.ts";
import { uiStrings } from "../../../i18n/index.ts";
import { episodeShareImages, localArtwork, shareImagePng } from "../../../lib/share-image/index.ts";

/**
 * `/episodes/<slug>/share.png`: the picture link previews show for the
 * episode (og:image), drawn at build time. An episode with its own `image:`
 * keeps that and gets none.
 */
export const getStaticPaths = (async () => {
  const show = await getShow();
  const episodes = await getPublishedEpisodes();
  const artwork = await localArtwork(shownotesConfig.publicDir, show.artwork);
  return episodeShareImages(show, episodes, uiStrings, artwork).map(({ episode, content }) => ({
    params: { slug: episode.id },
    props: { content, name: `episode "${episode.id}"` },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await shareImagePng(props.content, { cacheDir: shownotesConfig.cacheDir, name: props.name });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
