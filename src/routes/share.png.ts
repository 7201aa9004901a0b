import type { APIRoute } from "astro";
import shownotesConfig from "virtual:shownotes/config";
import { getShow } from "../data/queries.ts";
import { localArtwork, shareImagePng, showShareContent } from "../lib/share-image/index.ts";

/** `/share.png`: the show's link-preview picture (its name and description), for pages without a picture of their own. */
export const GET: APIRoute = async () => {
  const show = await getShow();
  const content = showShareContent(show, await localArtwork(shownotesConfig.publicDir, show.artwork));
  const png = await shareImagePng(content, { cacheDir: shownotesConfig.cacheDir, name: "the show" });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
