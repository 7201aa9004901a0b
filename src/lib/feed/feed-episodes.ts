import type { Show } from "../../schemas/show.ts";
import type { Person } from "../../schemas/person.ts";
import type { StoredTranscript } from "../../schemas/transcript.ts";
import { timedChapters, type TimedChapter } from "../chapters/timed-chapters.ts";
import { chapterDescriptionLines } from "../chapters/description-lines.ts";
import type { EpisodeData } from "../../schemas/episode.ts";
import { resolvePeople } from "../people/cast.ts";
import { summaryText } from "../text/summary-text.ts";
import { absoluteUrl, chaptersPath, HOME_PATH, episodePath, transcriptPath, webUrl } from "../urls/site-urls.ts";
import { audioType } from "../media/audio-type.ts";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { makeUrlsAbsolute } from "../newsletter/absolute-urls.ts";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import { transcriptFilesFor } from "./transcript-files.ts";

/** One `<item>` of the feed, every URL absolute. */
export interface FeedEpisode {
  title: string;
  link: string;
  guid: { value: string; isPermaLink: boolean };
  date?: Date | undefined;
  /** Plain text: the episode's description, then its chapter lines, at most DESCRIPTION_LIMIT characters. */
  description: string;
  /** The whole show notes as HTML, every URL absolute (`content:encoded`). */
  html?: string | undefined;
  /** `itunes:episodeType`. */
  episodeType?: "full" | "trailer" | "bonus" | undefined;
  enclosure: { url: string; type: string; bytes?: number | undefined };
  duration?: number | undefined;
  number?: number | undefined;
  season?: number | undefined;
  image?: string | undefined;
  language: string;
  chaptersUrl?: string | undefined;
  transcripts: { url: string; type: string; language: string; rel?: string | undefined }[];
  people: { name: string; role: "host" | "guest"; href?: string | undefined; img?: string | undefined }[];
}

export interface FeedEntry {
  /** The episode's folder name. */
  slug: string;
  data: EpisodeData & { transcript?: StoredTranscript | undefined };
  /** The summary Markdown, for a description when the frontmatter has none. */
  body?: string | undefined;
  /** The summary rendered to HTML, for `content:encoded`. */
  html?: string | undefined;
}

/** Apple Podcasts shows at most 4000 characters of an episode's description (Podcasts Connect's limit). */
export const DESCRIPTION_LIMIT = 4000;

/** Why an episode is not in the feed, or what apps will miss, for the build log. */
export interface FeedSkip {
  slug: string;
  reason: string;
}

export interface FeedNote {
  slug: string;
  message: string;
}

/**
 * Published episodes → feed items. An episode without audio cannot be an
 * item (RSS needs an `<enclosure>`): it is left out and reported.
 */
export function toFeedEpisodes(show: Show, entries: readonly FeedEntry[], people: ReadonlyMap<string, Person>): { episodes: FeedEpisode[]; skipped: FeedSkip[]; notes: FeedNote[] } {
  const episodes: FeedEpisode[] = [];
  const skipped: FeedSkip[] = [];
  const notes: FeedNote[] = [];
  for (const entry of entries) {
    const { data, slug } = entry;
    if (!data.audio) {
      skipped.push({ slug, reason: "it has no audio (add `audio:` to its frontmatter to publish it in the feed)" });
      continue;
    }
    const type = audioType(data.audio);
    if (!type) {
      skipped.push({ slug, reason: `the type of its audio file "${data.audio.url}" is unknown (add \`type:\` under \`audio:\`, e.g. audio/mpeg)` });
      continue;
    }
    if (data.audio.bytes === undefined) {
      // RSS and Apple ask for the enclosure's length; apps cope with 0 but some directories reject it.
      notes.push({ slug, message: "the feed gives its audio's size as 0 because it is unknown: add `bytes:` under `audio:` (the file's size in bytes)" });
    }
    const language = data.lang ?? show.language;
    const pageUrl = absoluteUrl(show.url, episodePath(slug));
    const chapters: TimedChapter[] | undefined = timedChapters(data.chapters);
    const lines = chapterDescriptionLines(chapters);
    const text = data.description ?? (entry.body ? summaryText(entry.body) : "");
    episodes.push({
      title: data.title,
      link: pageUrl,
      guid: data.guid ? { value: data.guid, isPermaLink: false } : { value: pageUrl, isPermaLink: true },
      date: data.date,
      description: withinLimit(withLinks(text, entry.html ? notesLinks(entry.html, absoluteUrl(show.url, HOME_PATH)) : []), lines.join("\n")),
      html: entry.html ? absoluteHtml(entry.html, pageUrl) : undefined,
      episodeType: data.episodeType ?? "full",
      enclosure: { url: absoluteUrl(show.url, data.audio.url), type, bytes: data.audio.bytes },
      duration: data.duration,
      number: data.number,
      season: data.season,
      image: webUrl(show.url, data.image),
      language,
      // An imported episode whose chapters or transcript stayed at the old host keeps announcing them there.
      chaptersUrl: chapters ? absoluteUrl(show.url, chaptersPath(slug)) : data.chaptersUrl,
      transcripts: [
        ...transcriptFilesFor(data.transcript).map((file) => ({
          url: absoluteUrl(show.url, transcriptPath(slug, file.extension)),
          type: file.type,
          language: data.transcript?.language ?? language,
          rel: file.rel,
        })),
        ...(!data.transcript && data.transcriptUrl ? [{ url: data.transcriptUrl, type: linkedTranscriptType(data.transcriptUrl), language }] : []),
      ],
      people: [
        ...resolvePeople(data.hosts ?? show.hosts, people).map((who) => feedPerson(show, who, "host" as const)),
        ...resolvePeople(data.guests, people).map((who) => feedPerson(show, who, "guest" as const)),
      ],
    });
  }
  return { episodes, skipped, notes };
}

/** The description and the chapter lines, the text shortened (on a word) when both exceed what apps show. */
function withinLimit(text: string, chapterLines: string): string {
  const join = (body: string) => [body, chapterLines].filter(Boolean).join("\n\n");
  if (join(text).length <= DESCRIPTION_LIMIT) return join(text);
  if (chapterLines.length + 2 >= DESCRIPTION_LIMIT) return text.slice(0, DESCRIPTION_LIMIT - 1).replace(/\s+\S*$/, "") + "…";
  const room = DESCRIPTION_LIMIT - chapterLines.length - 3;
  return join(text.slice(0, room).replace(/\s+\S*$/, "") + "…");
}

/**
 * The web links of the show notes (`Label: https://…`), for apps that read
 * only the plain description (Spotify): the notes' links are what listeners
 * look for. Moment links and links back to this site (its own address and
 * below, not the whole domain: a github.io domain holds many sites) are left out.
 */
function notesLinks(html: string, site: string): string[] {
  const links = new Map<string, string>();
  visit(fromHtml(html, { fragment: true }), "element", (element) => {
    const href = element.tagName === "a" && typeof element.properties.href === "string" ? element.properties.href : undefined;
    if (!href || !/^https?:\/\//i.test(href) || href.startsWith(site) || links.has(href)) return;
    const label = toText(element).replace(/\s+/g, " ").trim();
    links.set(href, label && label !== href ? `${label}: ${href}` : href);
  });
  return [...links.values()];
}

/** The description, then the notes' links that fit within what apps show. */
function withLinks(text: string, links: readonly string[]): string {
  let result = text;
  for (const link of links) {
    const next = `${result}${result === text ? "\n\n" : "\n"}${link}`;
    if (next.length > DESCRIPTION_LIMIT / 2) break;
    result = next;
  }
  return result.trim();
}

/** Summary HTML with page-relative links (moment links `?t=40`, `/episodes/…`) made absolute: feed readers have no page to resolve them against. */
function absoluteHtml(html: string, pageUrl: string): string {
  return toHtml(makeUrlsAbsolute(fromHtml(html, { fragment: true }), pageUrl));
}

/** A MIME type for a transcript address kept from the old feed, by its extension. */
function linkedTranscriptType(url: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  const types: Record<string, string> = { vtt: "text/vtt", srt: "application/x-subrip", json: "application/json", html: "text/html", txt: "text/plain" };
  return (extension && types[extension]) || "text/plain";
}

function feedPerson(show: Show, who: Person, role: "host" | "guest") {
  return { name: who.name, role, href: who.url, img: webUrl(show.url, who.image) };
}
