import { findPerson } from "../people/cast.ts";
import { episodePath } from "../urls/site-urls.ts";
import type { NewsletterInput, NewsletterPerson } from "./types.ts";

/** What the newsletter needs from `content/show.yaml` (src/schemas/show.ts). */
export interface ShowForNewsletter {
  title: string;
  url: string;
  language: string;
  artwork?: string | undefined;
  hosts: readonly string[];
}

/** What the newsletter needs from an episode entry (src/schemas/episode.ts, takeaway.ts, chapter.ts). */
export interface EpisodeForNewsletter {
  id: string;
  data: {
    title: string;
    date?: Date | undefined;
    description?: string | undefined;
    lang?: string | undefined;
    image?: string | undefined;
    hosts?: readonly string[] | undefined;
    guests: readonly string[];
    takeaways?: readonly { html: string; text: string; moment?: number | undefined }[] | undefined;
    chapters?: readonly { start?: number | undefined; title: string; approximate?: boolean | undefined }[] | undefined;
  };
}

export interface PersonForNewsletter {
  name: string;
  aliases?: readonly string[] | undefined;
  url?: string | undefined;
  image?: string | undefined;
}

/**
 * Gathers an episode's newsletter input from the entry, the show and the
 * people list. `momentHref(seconds)` is `src/lib/timing/moments.ts`'s link to the
 * transcript paragraph at that time, passed in so this stays a plain function.
 * The episode's address, artwork and portraits stay site paths (`/art/12.png`)
 * or absolute, as written: prepare.ts puts site paths under the site's own path.
 */
export function toNewsletterInput(options: {
  show: ShowForNewsletter;
  episode: EpisodeForNewsletter;
  people: ReadonlyMap<string, PersonForNewsletter>;
  momentHref: (seconds: number) => string;
}): NewsletterInput {
  const { show, episode, people, momentHref } = options;
  const { data } = episode;
  const person = (entry: string, role: NewsletterPerson["role"]): NewsletterPerson => {
    // By id, name or alias; a plain name (no people.yaml entry) is given as written.
    const found = findPerson(entry, people);
    if (!found) return { name: entry.trim(), role };
    const { id, person: who } = found;
    return { id, name: who.name, role, ...(who.url ? { url: who.url } : {}), ...(who.image ? { image: who.image } : {}) };
  };
  const image = data.image ?? show.artwork;
  return {
    siteUrl: show.url,
    showTitle: show.title,
    slug: episode.id,
    title: data.title,
    url: episodePath(episode.id),
    ...(data.date ? { date: data.date } : {}),
    ...(data.description ? { description: data.description } : {}),
    lang: data.lang ?? show.language,
    ...(image ? { image } : {}),
    takeaways: (data.takeaways ?? []).map((takeaway) => ({
      ...takeaway,
      ...(takeaway.moment !== undefined ? { momentHref: momentHref(takeaway.moment) } : {}),
    })),
    chapters: (data.chapters ?? []).map((chapter) => ({
      ...chapter,
      ...(chapter.start !== undefined ? { momentHref: momentHref(chapter.start) } : {}),
    })),
    people: [
      ...(data.hosts ?? show.hosts).map((id) => person(id, "host")),
      ...data.guests.map((id) => person(id, "guest")),
    ],
  };
}
