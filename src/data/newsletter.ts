import type { CollectionEntry } from "astro:content";
import { embedPaths, takeawaysEmailHtml, takeawaysText, toNewsletterInput, type NewsletterInput } from "../lib/newsletter/index.ts";
import { uiStrings } from "../i18n/index.ts";
import { episodeJsonPath, siteUrls, takeawaysPath } from "../lib/urls/site-urls.ts";
import { getEpisodePage } from "./episode-page.ts";
import { getShow } from "./queries.ts";

/** An episode's newsletter input, from its page data: for the endpoints, the embed card and the copy button. */
export async function getNewsletterInput(episode: CollectionEntry<"episodes">): Promise<NewsletterInput> {
  const [show, page] = await Promise.all([getShow(), getEpisodePage(episode)]);
  return toNewsletterInput(page, show);
}

// The email fragment is written twice per episode (takeaways.html and the
// episode page's copy button) and juice's inlining is the costly part
// (~2.7 s at 1,000 episodes, in the benchmark): keep it per entry's data object,
// which getCollection hands out unchanged on every call.
const emailHtml = new WeakMap<object, string>();

/** The email-safe takeaways fragment, written once per episode. */
export async function getTakeawaysEmailHtml(episode: CollectionEntry<"episodes">, input?: NewsletterInput): Promise<string> {
  let html = emailHtml.get(episode.data);
  if (html === undefined) {
    html = takeawaysEmailHtml(input ?? (await getNewsletterInput(episode)));
    emailHtml.set(episode.data, html);
  }
  return html;
}

/**
 * What the episode page needs for newsletters: the props of
 * `<NewsletterCopy>` and the oEmbed address for its discovery `<link>`.
 */
export async function getEpisodeNewsletter(episode: CollectionEntry<"episodes">) {
  const input = await getNewsletterInput(episode);
  const ui = uiStrings(input.lang);
  const urls = siteUrls(input.siteUrl);
  return {
    oembedUrl: urls.absolute(embedPaths(episode.id).oembed),
    copy: {
      html: await getTakeawaysEmailHtml(episode, input),
      text: takeawaysText(input),
      files: [
        { label: "HTML", href: urls.link(takeawaysPath(episode.id, "html")) },
        { label: "Markdown", href: urls.link(takeawaysPath(episode.id, "md")) },
        { label: ui.newsletterPlainText, href: urls.link(takeawaysPath(episode.id, "txt")) },
        { label: "JSON", href: urls.link(episodeJsonPath(episode.id)) },
      ],
      labels: {
        heading: ui.newsletterHeading,
        hint: ui.newsletterHint,
        copy: ui.newsletterCopy,
        copied: ui.newsletterCopied,
        copiedPlain: ui.newsletterCopiedPlain,
        failed: ui.newsletterCopyFailed,
        preview: ui.newsletterPreview,
        files: ui.newsletterFiles,
      },
    },
  };
}
