import { cachedShareImage, shareImageFolder } from "./cache.ts";
import type { ShareImageContent } from "./layout.ts";

export { localArtwork } from "./artwork.ts";
export { episodeShareContent, episodeShareImagePath, episodeShareImages, ownEpisodeImage, showShareContent, SHARE_IMAGE_SIZE, SHOW_SHARE_IMAGE_PATH } from "./share-image-content.ts";

/**
 * The PNG bytes of one share image, for a route to publish: from the
 * cache under Astro's cache folder when an earlier build drew the same
 * picture. `name` says whose picture it is in the build's warning about
 * characters the font cannot draw.
 */
export async function shareImagePng(content: ShareImageContent, options: { cacheDir: string; name: string }): Promise<Buffer> {
  const image = await cachedShareImage(shareImageFolder(options.cacheDir), content);
  if (image.leftOut.length > 0) {
    console.warn(
      `[shownotes] The link-preview picture of ${options.name} leaves out ${image.leftOut.join(" ")}: the typeface shipped with shownotes has no such characters (emoji, mostly). The page itself shows them.`,
    );
  }
  return image.png;
}
