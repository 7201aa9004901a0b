import type { Show } from "../../schemas/show.ts";
import type { UiStrings } from "../../i18n/index.ts";
import { episodeFilePath, webUrl } from "../urls/site-urls.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareImageArtwork, type ShareImageContent } from "./layout.ts";

/**
 * Which picture a page's link preview shows, and what a drawn one says.
 * The route that draws the images (src/routes/episodes/[slug]/share.png.ts)
 * and the page head (src/lib/seo/) both ask here, so every og:image names
 * a file the build publishes.
 */

/** The drawn image of an episode, next to its page: `/episodes/<slug>/share.png`. */
export function episodeShareImagePath(slug: string): string {
  return episodeFilePath(slug, "share.png");
}

/** The show's own drawn image, for the home page and pages without an image of their own. */
export const SHOW_SHARE_IMAGE_PATH = "/share.png";

export const SHARE_IMAGE_SIZE = { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT } as const;

/**
 * The episode's own `image:` as an address link previews can fetch, when
 * it gives one. Such an episode keeps its picture and gets no drawn one.
 * An image apps cannot fetch (a `data:` address) counts as none.
 */
export function ownEpisodeImage(show: Pick<Show, "url">, episode: { image?: string | undefined }): string | undefined {
  return webUrl(show.url, episode.image);
}

/** The site's address as the picture prints it: `podcast.example.com`, or `example.com/show`. */
export function siteLabel(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname.replace(/\/+$/, "")}`;
}

/** An episode's picture: the show's name, the number as the page labels it ("第 12 期"), the title. */
export function episodeShareContent(
  show: Pick<Show, "title" | "url" | "language">,
  episode: { title: string; number?: number | undefined; lang?: string | undefined },
  strings: Pick<UiStrings, "episodeNumber">,
  artwork?: ShareImageArtwork,
): ShareImageContent {
  return {
    kicker: show.title,
    title: episode.title,
    ...(episode.number !== undefined ? { label: strings.episodeNumber(episode.number) } : {}),
    footer: siteLabel(show.url),
    lang: episode.lang ?? show.language,
    ...(artwork ? { artwork } : {}),
  };
}

/**
 * The drawn share images of the published episodes, in the order given:
 * one for each episode without an image of its own. The share.png route
 * publishes them and the build draws them ahead (draw-ahead.ts) from this
 * one list.
 */
export function episodeShareImages<E extends { id: string; data: { title: string; number?: number | undefined; lang?: string | undefined; image?: string | undefined } }>(
  show: Pick<Show, "title" | "url" | "language">,
  episodes: readonly E[],
  stringsFor: (lang: string) => Pick<UiStrings, "episodeNumber">,
  artwork?: ShareImageArtwork,
): { episode: E; content: ShareImageContent }[] {
  return episodes
    .filter((episode) => ownEpisodeImage(show, episode.data) === undefined)
    .map((episode) => ({ episode, content: episodeShareContent(show, episode.data, stringsFor(episode.data.lang ?? show.language), artwork) }));
}

/** The show's picture: its name and description. */
export function showShareContent(show: Pick<Show, "title" | "url" | "language" | "description">, artwork?: ShareImageArtwork): ShareImageContent {
  return {
    title: show.title,
    description: show.description,
    footer: siteLabel(show.url),
    lang: show.language,
    ...(artwork ? { artwork } : {}),
  };
}
