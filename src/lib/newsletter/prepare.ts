import { uiStrings, type UiStrings } from "../../i18n/index.ts";
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
  const episodeUrl = absoluteUrl(input.url, siteUrl);
  return {
    input,
    siteUrl,
    episodeUrl,
    ...(input.image ? { imageUrl: absoluteUrl(input.image, siteUrl) } : {}),
    takeaways: input.takeaways.map((takeaway) => prepareTakeaway(takeaway, episodeUrl)),
    chapters: input.chapters.map(({ momentHref, ...chapter }) => ({
      ...chapter,
      ...(momentHref ? { url: absoluteUrl(momentHref, episodeUrl) } : {}),
    })),
    people: input.people.map((person) => ({
      ...person,
      ...(person.image ? { image: absoluteUrl(person.image, siteUrl) } : {}),
    })),
    ui: uiStrings(input.lang),
  };
}
