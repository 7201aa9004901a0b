import type { EpisodePage, PersonLink } from "../page-data/episode-view.ts";
import { momentHref } from "../timing/moments.ts";
import { siteUrls } from "../urls/site-urls.ts";
import type { NewsletterInput, NewsletterPerson } from "./types.ts";

/** What the newsletter needs from `content/show.yaml` (src/schemas/show.ts). */
export interface ShowForNewsletter {
  title: string;
  url: string;
}

/**
 * An episode's newsletter input, read from its page data (`toEpisodePage`),
 * so the takeaways files, episode.json, the embed card and oEmbed say what
 * the page says. The page holds links (under the site's base); the input
 * holds site paths or absolute addresses, which prepare.ts puts under the
 * site's own address. Moment links are absolute: a newsletter is read away
 * from the site.
 */
export function toNewsletterInput(page: EpisodePage, show: ShowForNewsletter): NewsletterInput {
  const urls = siteUrls(show.url);
  const moment = (seconds: number) => urls.absolute(momentHref(page.slug, seconds, page.paragraphs));
  const person = (link: PersonLink, role: NewsletterPerson["role"]): NewsletterPerson => ({
    ...(link.id !== undefined ? { id: link.id } : {}),
    name: link.name,
    role,
    ...(link.website ? { url: link.website } : {}),
    ...(link.portrait ? { image: urls.sitePath(link.portrait) } : {}),
  });
  return {
    siteUrl: show.url,
    showTitle: show.title,
    slug: page.slug,
    title: page.title,
    url: urls.sitePath(page.href),
    ...(page.date ? { date: page.date.value } : {}),
    ...(page.description ? { description: page.description } : {}),
    lang: page.lang,
    ...(page.artwork ? { image: urls.sitePath(page.artwork) } : {}),
    takeaways: page.takeaways.map((takeaway) => ({
      ...takeaway,
      ...(takeaway.moment !== undefined ? { momentHref: moment(takeaway.moment) } : {}),
    })),
    chapters: page.chapters.map((chapter) => ({
      ...(chapter.start !== undefined ? { start: chapter.start } : {}),
      title: chapter.title,
      ...(chapter.time?.approximate ? { approximate: true } : {}),
      ...(chapter.start !== undefined ? { momentHref: moment(chapter.start) } : {}),
    })),
    people: [...page.hosts.map((link) => person(link, "host")), ...page.guests.map((link) => person(link, "guest"))],
  };
}
