/** Newsletter and embed outputs of an episode, all from one `NewsletterInput`. */
export type { NewsletterChapter, NewsletterInput, NewsletterPerson, NewsletterTakeaway } from "./types.ts";
export { prepareNewsletter, type PreparedNewsletter } from "./prepare.ts";
export { takeawaysEmailHtml, EMAIL_WIDTH } from "./email-html.ts";
export { takeawaysMarkdown } from "./markdown.ts";
export { takeawaysText } from "./text.ts";
export { episodeJson, episodeJsonText } from "./episode-json.ts";
export { embedIframeHtml, embedPaths, oembedJson } from "./oembed.ts";
export { toNewsletterInput, type ShowForNewsletter } from "./from-episode.ts";
export { toEmbedCard, type EmbedCard } from "./embed-card.ts";
