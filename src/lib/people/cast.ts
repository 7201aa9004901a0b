import type { Person } from "../../schemas/person.ts";

/**
 * `hosts` and `guests` name people by their people.yaml id, by the name or an
 * alias written there, or by a plain name that needs no entry at all. This is
 * the one place that decides who an entry means.
 */
export interface CastMember {
  /** The people.yaml id (or, for a plain name with a page, its page slug); absent for a plain name without one. */
  id?: string;
  person: Person;
}

/** The person an entry names: by id first, then by name or alias (case and spacing aside). */
export function findPerson<P extends { name: string; aliases?: readonly string[] | undefined }>(
  entry: string,
  people: ReadonlyMap<string, P>,
): { id: string; person: P } | undefined {
  const exact = people.get(entry);
  if (exact) return { id: entry, person: exact };
  const wanted = fold(entry);
  for (const [id, person] of people) {
    if (fold(id) === wanted || fold(person.name) === wanted || (person.aliases ?? []).some((alias) => fold(alias) === wanted)) return { id, person };
  }
  return undefined;
}

/** Everyone an episode lists, in order; a name that matches nobody is shown as written. */
export function castOf(entries: readonly string[], people: ReadonlyMap<string, Person>): CastMember[] {
  return entries.map((entry) => findPerson(entry, people) ?? { person: { name: entry.trim(), aliases: [] } });
}

/** The people an episode names: people.yaml entries by id, name or alias; a plain name as a person with just that name. */
export function resolvePeople(ids: readonly string[], people: ReadonlyMap<string, Person>): Person[] {
  return castOf(ids, people).map((member) => member.person);
}

/**
 * The page slug of a plain name: kept as written (Chinese characters stay
 * characters; links percent-encode them), lower-cased, with spaces and the
 * characters that would end or escape a path segment (`/ ? # % \`) turned
 * into `-`. Undefined when nothing usable is left (`.`, `..`, blank).
 */
export function nameSlug(name: string): string | undefined {
  const slug = name.trim().toLowerCase().replace(/[\s/?#%\\]+/g, "-").replace(/^-+|-+$/g, "");
  return slug === "" || /^\.+$/.test(slug) ? undefined : slug;
}

interface EpisodeCast {
  data: { hosts?: readonly string[] | undefined; guests: readonly string[] };
}

/**
 * people.yaml plus every plain name that appears in more than one episode:
 * those get a person page (listing their episodes), keyed by their slug. A
 * name in one episode only is shown as written, without a page of one item.
 * A slug that equals a people.yaml id is left to that person.
 */
export function withNamedPeople(people: ReadonlyMap<string, Person>, episodes: readonly EpisodeCast[], showHosts: readonly string[]): Map<string, Person> {
  const count = new Map<string, { name: string; episodes: number }>();
  for (const episode of episodes) {
    const slugs = new Set<string>();
    for (const entry of [...(episode.data.hosts ?? showHosts), ...episode.data.guests]) {
      if (findPerson(entry, people)) continue;
      const slug = nameSlug(entry);
      if (!slug || slugs.has(slug)) continue;
      slugs.add(slug);
      const seen = count.get(slug) ?? { name: entry.trim(), episodes: 0 };
      seen.episodes += 1;
      count.set(slug, seen);
    }
  }
  const all = new Map(people);
  for (const [slug, { name, episodes: appearances }] of count) {
    if (appearances > 1 && !all.has(slug)) all.set(slug, { name, aliases: [] });
  }
  return all;
}

/** True when the episode lists the person with this id (by id, name or alias). */
export function appearsIn(id: string, episode: EpisodeCast, showHosts: readonly string[], people: ReadonlyMap<string, Person>): boolean {
  return [...(episode.data.hosts ?? showHosts), ...episode.data.guests].some((entry) => findPerson(entry, people)?.id === id);
}

/** True when `a` becomes `b` by one inserted, deleted or changed character (or two swapped): a likely typo. */
export function isOneEditAway(a: string, b: string): boolean {
  // Hand-written: a yes/no "within one edit" test is a single linear pass, where a
  // distance library would compute the full matrix to answer the same question.
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [[...a], [...b]] : [[...b], [...a]];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    const swapped = i + 1 < short.length && short[i] === long[i + 1] && short[i + 1] === long[i];
    const rest = swapped ? i + 2 : i + 1;
    return short.slice(rest).join("") === long.slice(rest).join("");
  }
  return short.slice(i).join("") === long.slice(i + 1).join("");
}

function fold(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
