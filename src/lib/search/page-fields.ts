/**
 * What an episode page tells Pagefind about itself besides its text
 * (issue 5): metadata shown in results (title, number, date, image),
 * filters (person, tag, year) and the date sort key.
 */

export interface EpisodeSearchInput {
  title: string;
  number?: number | undefined;
  date?: Date | undefined;
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

export function searchFields(episode: EpisodeSearchInput): SearchFields {
  const day = episode.date?.toISOString().slice(0, 10);
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

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}
