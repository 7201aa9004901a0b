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
  url?: string | undefined;
  image?: string | undefined;
}

/**
 * Gathers an episode's newsletter input from the entry, the show and the
 * people list. `momentHref(seconds)` is `src/lib/moments.ts`'s link to the
 * transcript paragraph at that time, passed in so this stays a plain function.
 */
export function toNewsletterInput(options: {
  show: ShowForNewsletter;
  episode: EpisodeForNewsletter;
  people: ReadonlyMap<string, PersonForNewsletter>;
  momentHref: (seconds: number) => string;
}): NewsletterInput {
  const { show, episode, people, momentHref } = options;
  const { data } = episode;
  const person = (id: string, role: NewsletterPerson["role"]): NewsletterPerson => {
    // An id missing from people.yaml is reported by the build's checks; here it still shows, under its id.
    const found = people.get(id);
    return { id, name: found?.name ?? id, role, ...(found?.url ? { url: found.url } : {}), ...(found?.image ? { image: found.image } : {}) };
  };
  const image = data.image ?? show.artwork;
  return {
    siteUrl: show.url,
    showTitle: show.title,
    slug: episode.id,
    title: data.title,
    url: `/episodes/${episode.id}/`,
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
