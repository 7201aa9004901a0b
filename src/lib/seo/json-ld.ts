import type { AudioObject, Clip, Person as SchemaPerson, PodcastEpisode, PodcastSeries, WithContext } from "schema-dts";
import type { Show } from "../../schemas/show.ts";
import { isoDay } from "../page-data/episode-view.ts";
import type { Person } from "../../schemas/person.ts";
import { formatIsoDuration } from "../timing/time.ts";
import { audioType } from "../media/audio-type.ts";
import type { TimedChapter } from "../chapters/timed-chapters.ts";
import { absoluteUrl, episodePath, HOME_PATH, momentPath, webUrl } from "../urls/site-urls.ts";
import { isSafeUrl } from "../urls/safe-url.ts";

/**
 * schema.org structured data for the home page (`PodcastSeries`) and each
 * episode page (`PodcastEpisode`). The `schema-dts` types check property
 * names and value types at compile time; tests check the required fields.
 */

export interface EpisodeForJsonLd {
  slug: string;
  title: string;
  description?: string | undefined;
  date?: Date | undefined;
  duration?: number | undefined;
  number?: number | undefined;
  season?: number | undefined;
  audio?: { url: string; type?: string | undefined; bytes?: number | undefined } | undefined;
  language: string;
  image?: string | undefined;
  tags: readonly string[];
  hosts: readonly Person[];
  guests: readonly Person[];
  /** Only chapters with exact times: each becomes a `Clip` search engines can link to. */
  chapters?: readonly TimedChapter[] | undefined;
}

function person(site: string, who: Person): SchemaPerson {
  return {
    "@type": "Person",
    name: who.name,
    // Validated by the schema already; asked again because JSON-LD is read by crawlers that follow it blindly.
    ...(who.url && isSafeUrl(who.url) ? { url: who.url } : {}),
    ...(webUrl(site, who.image) ? { image: webUrl(site, who.image)! } : {}),
  };
}

export function podcastSeriesJsonLd(show: Show, options: { hosts: readonly Person[]; feedUrl?: string | undefined }): WithContext<PodcastSeries> {
  return {
    "@context": "https://schema.org",
    "@type": "PodcastSeries",
    name: show.title,
    description: show.description,
    url: absoluteUrl(show.url, HOME_PATH),
    inLanguage: show.language,
    ...(webUrl(show.url, show.artwork) ? { image: webUrl(show.url, show.artwork)! } : {}),
    ...(options.feedUrl ? { webFeed: options.feedUrl } : {}),
    author: options.hosts.length > 0 ? options.hosts.map((host) => person(show.url, host)) : { "@type": "Person", name: show.author },
    ...(show.links.length > 0 ? { sameAs: show.links.map((link) => link.url).filter(isSafeUrl) } : {}),
  };
}

export function podcastEpisodeJsonLd(show: Show, episode: EpisodeForJsonLd): WithContext<PodcastEpisode> {
  const pageUrl = absoluteUrl(show.url, episodePath(episode.slug));
  const image = webUrl(show.url, episode.image ?? show.artwork);
  const people = [...episode.hosts, ...episode.guests];
  const encodingFormat = episode.audio ? audioType(episode.audio) : undefined;
  const audio: AudioObject | undefined = episode.audio
    ? {
        "@type": "AudioObject",
        contentUrl: absoluteUrl(show.url, episode.audio.url),
        ...(encodingFormat ? { encodingFormat } : {}),
        ...(episode.audio.bytes ? { contentSize: String(episode.audio.bytes) } : {}),
        ...(episode.duration !== undefined ? { duration: formatIsoDuration(episode.duration) } : {}),
      }
    : undefined;
  const chapters = episode.chapters ?? [];
  // Key moments: Google reads `Clip`s with startOffset/endOffset (seconds)
  // and a URL that opens the page at that moment.
  const clips: Clip[] = chapters.map((chapter, index) => {
    const end = chapters[index + 1]?.start ?? episode.duration;
    return {
      "@type": "Clip",
      name: chapter.title,
      startOffset: chapter.start,
      ...(end !== undefined && end > chapter.start ? { endOffset: end } : {}),
      url: absoluteUrl(show.url, momentPath(episode.slug, { seconds: chapter.start })),
    };
  });
  return {
    "@context": "https://schema.org",
    "@type": "PodcastEpisode",
    name: episode.title,
    url: pageUrl,
    ...(episode.description ? { description: episode.description } : {}),
    ...(episode.date ? { datePublished: isoDay(episode.date, show.timezone) } : {}),
    ...(episode.duration !== undefined ? { duration: formatIsoDuration(episode.duration) } : {}),
    ...(episode.number !== undefined ? { episodeNumber: episode.number } : {}),
    ...(episode.season !== undefined ? { partOfSeason: { "@type": "PodcastSeason", seasonNumber: episode.season } } : {}),
    inLanguage: episode.language,
    ...(image ? { image } : {}),
    ...(episode.tags.length > 0 ? { keywords: episode.tags.join(", ") } : {}),
    partOfSeries: { "@type": "PodcastSeries", name: show.title, url: absoluteUrl(show.url, HOME_PATH) },
    ...(audio ? { associatedMedia: audio } : {}),
    ...(people.length > 0 ? { actor: people.map((who) => person(show.url, who)) } : {}),
    ...(clips.length > 0 ? { hasPart: clips } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. HTML ends a
 * script at the first `</script`, and `<!--` changes how it is parsed
 * (HTML §4.12.1.3), so `<`, `>` and `&` are written as JSON `\u` escapes;
 * U+2028/U+2029 are escaped too, as they end lines in older JavaScript.
 * The result is still the same JSON value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
