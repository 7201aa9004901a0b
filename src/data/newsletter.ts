import type { CollectionEntry } from "astro:content";
import { embedPaths, takeawaysEmailHtml, takeawaysText, toNewsletterInput, type NewsletterInput } from "../lib/newsletter/index.ts";
import { uiStrings } from "../i18n/index.ts";
import { episodeJsonPath, siteUrls, takeawaysPath } from "../lib/urls/site-urls.ts";
import type { EpisodePage } from "../lib/page-data/episode-view.ts";
import { getEpisodePage } from "./episode-page.ts";
import { getPeople, getShow } from "./queries.ts";

// Six routes of an episode read its newsletter input (takeaways ×3,
// episode.json, the embed card, oEmbed) and the page a seventh: made once
// per entry from its page data, and kept (it is small: no transcript) for
// as long as the entry's data object, the show's settings and the people
// it was made with are the ones the content layer hands out.
const inputs = new WeakMap<object, { show: object; people: object; input: NewsletterInput }>();

/**
 * An episode's newsletter input, from its page data (`page` when the caller
 * has it already): for the endpoints, the embed card and the copy button.
 */
export async function getNewsletterInput(episode: CollectionEntry<"episodes">, page?: EpisodePage): Promise<NewsletterInput> {
  const [show, people] = await Promise.all([getShow(), getPeople()]);
  const kept = inputs.get(episode.data);
  if (kept && kept.show === show && kept.people === people) return kept.input;
  const input = toNewsletterInput(page ?? (await getEpisodePage(episode)), show);
  inputs.set(episode.data, { show, people, input });
  return input;
}

// The email fragment is written twice per episode (takeaways.html and the
// episode page's copy button) and juice's inlining is the costly part
// (~2.7 s at 1,000 episodes, in the benchmark): keep it per newsletter
// input, which getNewsletterInput hands out unchanged while it is current.
const emailHtml = new WeakMap<NewsletterInput, string>();

/** The email-safe takeaways fragment, written once per episode. */
export async function getTakeawaysEmailHtml(episode: CollectionEntry<"episodes">, given?: NewsletterInput): Promise<string> {
  const input = given ?? (await getNewsletterInput(episode));
  let html = emailHtml.get(input);
  if (html === undefined) {
    html = takeawaysEmailHtml(input);
    emailHtml.set(input, html);
  }
  return html;
}

/**
 * What the episode page needs for newsletters: the props of
 * `<NewsletterCopy>` and the oEmbed address for its discovery `<link>`.
 */
export async function getEpisodeNewsletter(episode: CollectionEntry<"episodes">, page?: EpisodePage) {
  const input = await getNewsletterInput(episode, page);
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
