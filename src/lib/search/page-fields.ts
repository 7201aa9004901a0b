/**
 * What an episode page tells Pagefind about itself besides its text:
 * metadata shown in results (title, number, date, image),
 * filters (person, tag, year) and the date sort key.
 */

export interface EpisodeSearchInput {
  title: string;
  number?: number | undefined;
  date?: Date | undefined;
  /** The calendar day as the page shows it (in the show's time zone); else the date's UTC day. */
  day?: string | undefined;
  image?: string | undefined;
  /** Display names of the hosts and guests. */
  people: string[];
  tags: string[];
}

export interface SearchFields {
  meta: Record<string, string>;
  filters: Record<"person" | "tag" | "year", string[]>;
  sort: Record<string, string>;
}

/** The fields of an episode page, from its page data and the episode's own number and date. */
export function episodeSearchFields(
  page: { title: string; image?: string | undefined; date?: { iso: string } | undefined; hosts: { name: string }[]; guests: { name: string }[]; tags: { name: string }[] },
  episode: { number?: number | undefined; date?: Date | undefined },
): SearchFields {
  return searchFields({
    title: page.title,
    number: episode.number,
    date: episode.date,
    day: page.date?.iso,
    image: page.image,
    people: [...page.hosts, ...page.guests].map((person) => person.name),
    tags: page.tags.map((tag) => tag.name),
  });
}

export function searchFields(episode: EpisodeSearchInput): SearchFields {
  const day = episode.day ?? episode.date?.toISOString().slice(0, 10);
  const meta: Record<string, string> = { title: episode.title };
  if (episode.number !== undefined) meta.number = String(episode.number);
  if (day) meta.date = day;
  if (episode.image) meta.image = episode.image;
  return {
    meta,
    filters: { person: unique(episode.people), tag: unique(episode.tags), year: day ? [day.slice(0, 4)] : [] },
    sort: day ? { date: day } : {},
  };
}

/**
 * One `key:value` for a `data-pagefind-meta` / `-filter` / `-sort` attribute.
 * Pagefind splits these attributes on commas, so commas in values are
 * escaped as Pagefind documents (`\,`).
 */
export function pagefindPair(key: string, value: string): string {
  return `${key}:${value.replaceAll(",", "\\,")}`;
}

/**
 * A metadata value as written before `pagefindPair` escaped it: Pagefind
 * keeps the `\,` escapes in the metadata it stores and returns.
 */
export function pagefindMetaValue(stored: string): string {
  return stored.replaceAll("\\,", ",");
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}
