/**
 * What every newsletter output (email fragment, Markdown, plain text,
 * episode.json, embed card, oEmbed) is built from: plain data, gathered once
 * from the episode entry by `src/data/newsletter.ts`, so the generators here
 * are plain functions that tests call directly.
 */

/** One key takeaway as the episode entry stores it (src/schemas/takeaway.ts). */
export interface NewsletterTakeaway {
  /** The item's inline Markdown rendered to HTML; may hold relative links (`?t=…`) and links under the site's base (`/episodes/…`, `/show/episodes/…`). */
  html: string;
  /** The same item as plain text. */
  text: string;
  /** Seconds of the moment the item cites, when it cites one. */
  moment?: number | undefined;
  /** Where that moment is: `momentHref(...)`, absolute (or a link, resolved against the episode's address). */
  momentHref?: string | undefined;
}

export interface NewsletterChapter {
  start?: number | undefined;
  title: string;
  approximate?: boolean | undefined;
  /** Moment link of the chapter start, absolute (or a link, resolved against the episode's address). */
  momentHref?: string | undefined;
}

export interface NewsletterPerson {
  /**
   * Id in `content/people.yaml` (or the page slug of a plain name that has a
   * person page); absent for a plain name without one.
   */
  id?: string;
  name: string;
  role: "host" | "guest";
  url?: string | undefined;
  /** Portrait, site-relative or absolute. */
  image?: string | undefined;
}

export interface NewsletterInput {
  /** The show's public address, absolute (show.yaml `url`). */
  siteUrl: string;
  showTitle: string;
  /** Episode folder name: `/episodes/<slug>/`. */
  slug: string;
  title: string;
  /** Episode page, a site path (`/episodes/<slug>/`, under the site's own path) or absolute. */
  url: string;
  date?: Date | undefined;
  description?: string | undefined;
  /** BCP 47 language of the episode: picks the interface strings. */
  lang: string;
  /** Episode artwork (or the show's), site-relative or absolute. */
  image?: string | undefined;
  takeaways: readonly NewsletterTakeaway[];
  chapters: readonly NewsletterChapter[];
  people: readonly NewsletterPerson[];
}
