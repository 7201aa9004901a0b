/**
 * Page data for the episode page and episode lists, computed by plain
 * functions so `.astro` components only render what they are given.
 */
import { languageRuns, type LanguageRun } from "../text/language-runs.ts";
import type { Episode } from "../../schemas/episode.ts";
import type { Person } from "../../schemas/person.ts";
import type { Show } from "../../schemas/show.ts";
import type { Takeaway } from "../../schemas/takeaway.ts";
import type { Paragraph } from "../transcript/index.ts";
import { transcriptParagraphs } from "../transcript/stored-transcript.ts";
import { momentHref, paragraphHref } from "../timing/moments.ts";
import { formatClock, formatIsoDuration } from "../timing/time.ts";
import { castOf } from "../people/cast.ts";
import { en, type UiStrings } from "../../i18n/en.ts";
import { followLinks, type FollowLinkView } from "./follow-links.ts";
import { episodePath, personPath, siteUrls, tagPath, type SiteUrls } from "../urls/site-urls.ts";

export { tagSlug } from "../urls/site-urls.ts";

export interface EpisodeRef {
  slug: string;
  title: string;
  href: string;
}

export interface PersonLink {
  /** Absent for a plain name (no people.yaml entry) that has no page of its own. */
  id?: string;
  name: string;
  /** Their page on this site, listing their episodes; absent with `id`. */
  href?: string;
  /** Their own site or profile (people.yaml `url`), as written. */
  website?: string;
  /** Their portrait (people.yaml `image`), a link. */
  portrait?: string;
}

export interface TagLink {
  name: string;
  href: string;
}

export interface TimeLabel {
  /** What the reader sees: `12:34`, or `≈ 12:34` for an estimate. */
  text: string;
  /** What a screen reader hears for an estimate ("about 12:34"); undefined when exact. */
  spoken?: string;
  approximate: boolean;
}

export interface ChapterView {
  title: string;
  time?: TimeLabel;
  href?: string;
  start?: number;
}

export interface ParagraphView {
  id: string;
  start?: number;
  end?: number;
  time?: TimeLabel;
  /** The moment link (with time) or, untimed, the paragraph link. */
  href: string;
  speaker?: string;
  text: string;
  /**
   * The text split where it changes language (English terms in a Chinese
   * paragraph) and at the recogniser's breaks (`breakBefore`: shown as a
   * gap by CSS, so no character is added to what is copied or indexed).
   */
  runs: TranscriptRun[];
}

/** What every view of an episode shows: its page, and its line in a list. */
export interface EpisodeBasics {
  slug: string;
  href: string;
  lang: string;
  title: string;
  description?: string;
  numberLabel?: string;
  /** `value`: the date as written in content, for the files that give it whole (episode.json). */
  date?: { iso: string; text: string; value: Date };
}

/** What the player needs beyond the audio file; present when the episode has audio. */
export interface PlayerView {
  /** The stated length in seconds, so the progress bar has its scale before the audio has loaded. */
  duration?: number;
  /** Chapters with a time, in order: marks on the progress bar, the title shown while playing, previous/next chapter. */
  chapters: PlayerChapter[];
  /** What the lock screen, headphones and car show (the Media Session API). */
  session: MediaSessionView;
}

export interface PlayerChapter {
  title: string;
  start: number;
  /** Where the chapter starts along the progress bar (0–1), when the episode's duration is known. */
  at?: number;
}

export interface MediaSessionView {
  /** The episode's title. */
  title: string;
  /** The show's name: podcast apps show it where music shows the artist. */
  artist: string;
  album: string;
  /** The episode's image, else the show's cover art; absent when there is neither. */
  artwork?: string;
}

export interface EpisodePage extends EpisodeBasics {
  duration?: { iso: string; text: string };
  audio?: { url: string; type?: string };
  player?: PlayerView;
  image?: string;
  /** The episode's image, else the show's cover art, as a link: what previews and newsletters show. */
  artwork?: string;
  hosts: PersonLink[];
  guests: PersonLink[];
  /** Follow buttons: the show's apps, with this episode's own address where it gives one. */
  follow: FollowLinkView[];
  tags: TagLink[];
  chapters: ChapterView[];
  takeaways: Takeaway[];
  paragraphs: ParagraphView[];
  /** True when some transcript times are estimates (say so once, near the transcript). */
  approximateTimes: boolean;
  previous?: EpisodeRef | undefined;
  next?: EpisodeRef | undefined;
}

/** The entry shape pages get from `getPublishedEpisodes()`. */
export interface EpisodeEntry {
  id: string;
  data: Episode;
}

export interface EpisodeStrings {
  episodeNumber: (n: number) => string;
  approximateTime: string;
  /** Apps' names for the follow buttons; English names when left out. */
  followPlatforms?: UiStrings["followPlatforms"];
}

/**
 * Site paths of the pages an episode links to (src/lib/urls/site-urls.ts).
 * The views below hold links: these paths under the site's base.
 */
export const episodeHref = episodePath;
export const tagHref = tagPath;
export const personHref = personPath;

/** Only what the views need to turn a site path into a link. */
type Links = Pick<SiteUrls, "link">;
const rootLinks: Links = { link: (path) => path };

export function timeLabel(seconds: number, approximate: boolean, strings: EpisodeStrings): TimeLabel {
  const clock = formatClock(seconds);
  return approximate
    ? { text: `≈ ${clock}`, spoken: `${strings.approximateTime} ${clock}`, approximate: true }
    : { text: clock, approximate: false };
}

export function formatDate(date: Date, lang: string, timeZone?: string): string {
  return dateFormat(lang, "long", dateZone(date, timeZone)).format(date);
}

/** `2018-08-30`: the calendar day of `formatDate`, for `<time datetime>`. */
export function isoDay(date: Date, timeZone?: string): string {
  return dateFormat("en-CA", "digits", dateZone(date, timeZone)).format(date);
}

// Making an Intl.DateTimeFormat costs far more than formatting with one, and
// every episode list shows every date (1.8 s of a 1,000-episode build went
// to making them): one per language, style and zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, style: "long" | "digits", timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}\0${style}\0${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, style === "long" ? { dateStyle: "long", timeZone } : { year: "numeric", month: "2-digit", day: "2-digit", timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A date written without a time (`2023-02-14`) is a calendar day, read as
 * midnight UTC: it is shown in UTC so the day never shifts. A date with a
 * time (`2018-08-30T00:00:00+08:00`, as imported from a feed) is an instant,
 * shown in the show's time zone, so a show east of UTC that publishes at
 * midnight is not shown a day early.
 */
function dateZone(date: Date, timeZone: string | undefined): string {
  return timeZone && date.getTime() % 86_400_000 !== 0 ? timeZone : "UTC";
}

/** Hosts default to the show's; a plain name that has no page is shown as written, without a link. */
export function personLinks(ids: readonly string[], people: ReadonlyMap<string, Person>, urls: Links = rootLinks): PersonLink[] {
  return castOf(ids, people).map(({ id, person }) =>
    id === undefined
      ? { name: person.name }
      : {
          id,
          name: person.name,
          href: urls.link(personPath(id)),
          ...(person.url ? { website: person.url } : {}),
          ...(person.image ? { portrait: urls.link(person.image) } : {}),
        },
  );
}

/** A transcript speaker label (`SPEAKER_01`, `monika`) shown as the person's name when people.yaml knows it. */
export function speakerName(label: string, people: ReadonlyMap<string, Person>): string {
  const wanted = label.trim().toLowerCase();
  for (const [id, person] of people) {
    if (id.toLowerCase() === wanted || person.name.toLowerCase() === wanted) return person.name;
    if (person.aliases.some((alias) => alias.toLowerCase() === wanted)) return person.name;
  }
  return label;
}

export function toParagraphViews(
  slug: string,
  paragraphs: readonly Paragraph[],
  people: ReadonlyMap<string, Person>,
  strings: EpisodeStrings,
  lang: string,
  urls: Links = rootLinks,
): ParagraphView[] {
  return paragraphs.map((paragraph) => ({
    id: paragraph.id,
    ...(paragraph.start !== undefined ? { start: paragraph.start, time: timeLabel(paragraph.start, paragraph.approximate, strings) } : {}),
    ...(paragraph.end !== undefined ? { end: paragraph.end } : {}),
    href: urls.link(paragraphHref(slug, paragraph)),
    ...(paragraph.speaker ? { speaker: speakerName(paragraph.speaker, people) } : {}),
    text: paragraph.text,
    runs: transcriptRuns(paragraph, lang),
  }));
}

/**
 * A stretch of a paragraph as the page shows it: its language, whether the
 * recogniser paused before it (`breakBefore`), and whether it describes a
 * sound rather than words said (`nonSpeech`).
 */
export type TranscriptRun = LanguageRun & { breakBefore?: true; nonSpeech?: true };

export function transcriptRuns(paragraph: Pick<Paragraph, "text" | "breaks" | "nonSpeech">, lang: string): TranscriptRun[] {
  const { text, breaks = [], nonSpeech = [] } = paragraph;
  if (breaks.length === 0 && nonSpeech.length === 0) return languageRuns(text, lang);
  const cuts = [...new Set([0, text.length, ...breaks, ...nonSpeech.flat()])].sort((a, b) => a - b);
  const breakAt = new Set(breaks);
  return cuts.slice(0, -1).flatMap((from, index) => {
    const to = cuts[index + 1]!;
    const sound = nonSpeech.some(([start, end]) => from >= start && to <= end);
    return languageRuns(text.slice(from, to), lang).map((run, position) => ({
      ...run,
      ...(position === 0 && breakAt.has(from) ? { breakBefore: true as const } : {}),
      ...(sound ? { nonSpeech: true as const } : {}),
    }));
  });
}

/**
 * Everything the episode page shows. `newestFirst` is the published list in
 * page order: the previous episode is the older one, the next the newer.
 */
export function toEpisodePage(
  entry: EpisodeEntry,
  context: {
    show: Show;
    people: ReadonlyMap<string, Person>;
    newestFirst: readonly EpisodeEntry[];
    strings: EpisodeStrings;
    /** The transcript's paragraphs when the caller has them already (the episodes loader); else grouped from the entry. */
    paragraphs?: readonly Paragraph[] | undefined;
  },
): EpisodePage {
  const { show, people, newestFirst, strings } = context;
  const { data } = entry;
  const slug = entry.id;
  const urls = siteUrls(show.url);
  const basics = episodeBasics(entry, show, strings);
  const { lang } = basics;
  const paragraphs = context.paragraphs ?? (data.transcript ? transcriptParagraphs(data.transcript) : []);
  const artwork = data.image ?? show.artwork;
  const index = newestFirst.findIndex((other) => other.id === slug);
  const ref = (other: EpisodeEntry | undefined): EpisodeRef | undefined =>
    other && { slug: other.id, title: other.data.title, href: urls.link(episodePath(other.id)) };

  return {
    ...basics,
    ...(data.duration !== undefined ? { duration: { iso: formatIsoDuration(data.duration), text: formatClock(data.duration) } } : {}),
    // Written in content as site paths (`/audio/12.mp3`, or the loader's path of a self-hosted file): shown as links.
    ...(data.audio ? { audio: { url: urls.link(data.audio.url), ...(data.audio.type ? { type: data.audio.type } : {}) } } : {}),
    ...(data.image ? { image: urls.link(data.image) } : {}),
    ...(artwork ? { artwork: urls.link(artwork) } : {}),
    ...(data.audio ? { player: playerView(data, show, urls) } : {}),
    hosts: personLinks(data.hosts ?? show.hosts, people, urls),
    guests: personLinks(data.guests, people, urls),
    follow: followLinks(show, strings.followPlatforms ?? en.followPlatforms, data.follow),
    tags: data.tags.map((name) => ({ name, href: urls.link(tagPath(name)) })),
    chapters: data.chapters.map((chapter) =>
      chapter.start === undefined
        ? { title: chapter.title }
        : {
            title: chapter.title,
            start: chapter.start,
            time: timeLabel(chapter.start, chapter.approximate ?? false, strings),
            href: urls.link(momentHref(slug, chapter.start, paragraphs)),
          },
    ),
    takeaways: data.takeaways,
    paragraphs: toParagraphViews(slug, paragraphs, people, strings, lang, urls),
    approximateTimes: paragraphs.some((paragraph) => paragraph.start !== undefined && paragraph.approximate),
    ...(index >= 0 && ref(newestFirst[index + 1]) ? { previous: ref(newestFirst[index + 1]) } : {}),
    ...(index > 0 && ref(newestFirst[index - 1]) ? { next: ref(newestFirst[index - 1]) } : {}),
  };
}

/**
 * The player's chapters and lock-screen details. A chapter mark's place is
 * its start over the episode's stated duration; the script moves the marks
 * to the audio's own length once it knows it, in case the two differ.
 */
export function playerView(data: Pick<Episode, "title" | "chapters" | "duration" | "image">, show: Pick<Show, "title" | "artwork">, urls: Links = rootLinks): PlayerView {
  const { duration } = data;
  const chapters = data.chapters
    .flatMap((chapter) => (chapter.start === undefined ? [] : [{ title: chapter.title, start: chapter.start }]))
    .sort((a, b) => a.start - b.start)
    .map((chapter) =>
      duration !== undefined && duration > 0 ? { ...chapter, at: Math.min(1, chapter.start / duration) } : chapter,
    );
  const artwork = data.image ?? show.artwork;
  return {
    ...(duration !== undefined ? { duration: Math.round(duration) } : {}),
    chapters,
    // A link, like the page's others: under the site's base path, where the lock screen fetches it.
    session: { title: data.title, artist: show.title, album: show.title, ...(artwork ? { artwork: urls.link(artwork) } : {}) },
  };
}

/** One line in an episode list (home, tag and person pages). */
export interface EpisodeSummaryView extends EpisodeBasics {
  /** The first few takeaways, plain text, as a preview. */
  takeawaysPreview: string[];
}

export const TAKEAWAYS_PREVIEW = 3;
const PREVIEW_CHARACTERS = 80;

/**
 * A takeaway shortened for a list: its bold lead when it opens with one
 * (the usual "**Point.** Explanation" shape), else its text cut at about 80
 * characters, on a character boundary, with an ellipsis.
 */
export function takeawayLead(takeaway: Pick<Takeaway, "html" | "text">): string {
  const lead = /^<strong>([^<]+)<\/strong>/.exec(takeaway.html)?.[1];
  if (lead && takeaway.text.startsWith(lead)) return lead.trim();
  const characters = [...takeaway.text];
  return characters.length <= PREVIEW_CHARACTERS ? takeaway.text : `${characters.slice(0, PREVIEW_CHARACTERS).join("").trimEnd()}…`;
}

export function toEpisodeSummary(entry: EpisodeEntry, show: Show, strings: EpisodeStrings): EpisodeSummaryView {
  return {
    ...episodeBasics(entry, show, strings),
    takeawaysPreview: entry.data.takeaways.slice(0, TAKEAWAYS_PREVIEW).map(takeawayLead),
  };
}

function episodeBasics(entry: EpisodeEntry, show: Show, strings: EpisodeStrings): EpisodeBasics {
  const { data } = entry;
  const lang = data.lang ?? show.language;
  return {
    slug: entry.id,
    href: siteUrls(show.url).link(episodePath(entry.id)),
    lang,
    title: data.title,
    ...(data.description ? { description: data.description } : {}),
    ...(data.number !== undefined ? { numberLabel: strings.episodeNumber(data.number) } : {}),
    ...(data.date ? { date: { iso: isoDay(data.date, show.timezone), text: formatDate(data.date, lang, show.timezone), value: data.date } } : {}),
  };
}
