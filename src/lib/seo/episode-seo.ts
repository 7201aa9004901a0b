import type { Show } from "../../schemas/show.ts";
import type { Person } from "../../schemas/person.ts";
import type { EpisodeData } from "../../schemas/episode.ts";
import { timedChapters } from "../chapters/timed-chapters.ts";
import { podcastEpisodeJsonLd, podcastSeriesJsonLd } from "./json-ld.ts";
import type { PageSeoInput } from "./page-seo.ts";
import { summaryText } from "../text/summary-text.ts";
import { episodePath } from "../urls/site-urls.ts";
import { feedUrl } from "../urls/feed-url.ts";
import { resolvePeople } from "../people/cast.ts";
import { uiStrings } from "../../i18n/index.ts";
import { episodeShareImagePath, ownEpisodeImage, SHARE_IMAGE_SIZE } from "../share-image/share-image-content.ts";


/** Head data for the home page: the show, with `PodcastSeries` structured data. */
export function homePageSeo(show: Show, people: ReadonlyMap<string, Person>): PageSeoInput {
  return {
    show,
    path: "/",
    lang: show.language,
    jsonLd: podcastSeriesJsonLd(show, { hosts: resolvePeople(show.hosts, people), feedUrl: feedUrl(show) }),
  };
}

/** Head data for an episode page, with `PodcastEpisode` structured data. */
export function episodePageSeo(input: { show: Show; slug: string; episode: EpisodeData; summary?: string | undefined; people: ReadonlyMap<string, Person> }): PageSeoInput {
  const { show, slug, episode, people } = input;
  const language = episode.lang ?? show.language;
  const description = episode.description ?? (input.summary ? summaryText(input.summary) : undefined);
  return {
    show,
    path: episodePath(slug),
    title: episode.title,
    description,
    lang: language,
    type: "article",
    ...episodeImage(show, slug, episode),
    audio: episode.audio,
    jsonLd: podcastEpisodeJsonLd(show, {
      slug,
      title: episode.title,
      description,
      date: episode.date,
      duration: episode.duration,
      number: episode.number,
      season: episode.season,
      audio: episode.audio,
      language,
      image: episode.image,
      tags: episode.tags,
      hosts: resolvePeople(episode.hosts ?? show.hosts, people),
      guests: resolvePeople(episode.guests, people),
      chapters: timedChapters(episode.chapters),
    }),
  };
}

/**
 * An episode's picture in link previews: its own `image:` when it gives one
 * apps can fetch, else the picture the build draws for it
 * (`/episodes/<slug>/share.png`: show, number and title), described by its
 * words for people who cannot see it.
 */
function episodeImage(show: Show, slug: string, episode: EpisodeData): Pick<PageSeoInput, "image" | "imageAlt" | "imageSize"> {
  const own = ownEpisodeImage(show, episode);
  if (own) return { image: own };
  const strings = uiStrings(episode.lang ?? show.language);
  const number = episode.number !== undefined ? strings.episodeNumber(episode.number) : undefined;
  return { image: episodeShareImagePath(slug), imageAlt: strings.shareImageAlt(show.title, episode.title, number), imageSize: SHARE_IMAGE_SIZE };
}
