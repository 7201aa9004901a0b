import { uiStrings, type UiStrings } from "../../i18n/index.ts";
import { absoluteUrl as siteAbsoluteUrl } from "../urls/site-urls.ts";
import { absoluteUrl } from "./absolute-urls.ts";
import { prepareTakeaway, type PreparedTakeaway } from "./takeaway-tree.ts";
import type { NewsletterChapter, NewsletterInput, NewsletterPerson } from "./types.ts";

/** The input with every URL absolute and every takeaway sanitised: what each output renders. */
export interface PreparedNewsletter {
  input: NewsletterInput;
  siteUrl: string;
  episodeUrl: string;
  imageUrl?: string;
  takeaways: PreparedTakeaway[];
  /** Chapters with `url`, the absolute moment link of their start, when timed. */
  chapters: (Omit<NewsletterChapter, "momentHref"> & { url?: string })[];
  /** People with absolute portrait URLs. */
  people: NewsletterPerson[];
  ui: UiStrings;
}

export function prepareNewsletter(input: NewsletterInput): PreparedNewsletter {
  const siteUrl = new URL(input.siteUrl).href;
  // Site paths (the episode's page, artwork, portraits) go under the site's own path; links in HTML resolve as a browser would.
  const episodeUrl = siteAbsoluteUrl(siteUrl, input.url);
  return {
    input,
    siteUrl,
    episodeUrl,
    ...(input.image ? { imageUrl: siteAbsoluteUrl(siteUrl, input.image) } : {}),
    takeaways: input.takeaways.map((takeaway) => prepareTakeaway(takeaway, episodeUrl)),
    chapters: input.chapters.map(({ momentHref, ...chapter }) => ({
      ...chapter,
      ...(momentHref ? { url: absoluteUrl(momentHref, episodeUrl) } : {}),
    })),
    people: input.people.map((person) => ({
      ...person,
      ...(person.image ? { image: siteAbsoluteUrl(siteUrl, person.image) } : {}),
    })),
    ui: uiStrings(input.lang),
  };
}
