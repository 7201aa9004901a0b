import { toHtml } from "hast-util-to-html";
import { prepareNewsletter } from "./prepare.ts";
import type { NewsletterInput } from "./types.ts";

/**
 * What the embed card (`/embed/<slug>/`) shows: the episode's title, its
 * takeaways as sanitised HTML with absolute links (the card is read inside
 * someone else's page), and the way back to the episode.
 */
export function toEmbedCard(input: NewsletterInput) {
  const { ui, episodeUrl, siteUrl, takeaways } = prepareNewsletter(input);
  return {
    lang: input.lang,
    title: input.title,
    showTitle: input.showTitle,
    siteUrl,
    episodeUrl,
    takeawaysHeading: ui.takeaways,
    takeaways: takeaways.map((takeaway) => toHtml({ type: "root", children: takeaway.children })),
    listenLabel: ui.listenToEpisode,
    fromLabel: ui.embedFrom(input.showTitle),
  };
}

export type EmbedCard = ReturnType<typeof toEmbedCard>;
