import { toHtml } from "hast-util-to-html";
import { embedPath, absoluteUrl as siteAbsoluteUrl } from "../urls/site-urls.ts";
import { absoluteUrl } from "./absolute-urls.ts";
import { prepareNewsletter } from "./prepare.ts";
import type { NewsletterInput } from "./types.ts";

/**
 * `episode.json`: the episode for automation, e.g. a newsletter tool pulling
 * the latest episode. Every URL is absolute; takeaways carry both
 * their (sanitised) HTML and plain text, and their moment links. Keys are a
 * public interface: add, never rename; `version` changes only on a break.
 */
export function episodeJson(input: NewsletterInput) {
  const { siteUrl, episodeUrl, imageUrl, takeaways, chapters, people } = prepareNewsletter(input);
  const files = (name: string) => absoluteUrl(name, episodeUrl);
  return {
    version: 1,
    title: input.title,
    url: episodeUrl,
    date: input.date?.toISOString(),
    description: input.description,
    language: input.lang,
    image: imageUrl,
    show: { title: input.showTitle, url: siteUrl },
    takeaways: takeaways.map((takeaway) => ({
      html: toHtml({ type: "root", children: takeaway.children }),
      text: takeaway.text,
      moment: takeaway.moment && { seconds: takeaway.moment.seconds, url: takeaway.moment.url },
    })),
    chapters,
    people,
    newsletter: {
      html: files("takeaways.html"),
      markdown: files("takeaways.md"),
      text: files("takeaways.txt"),
    },
    embed: siteAbsoluteUrl(siteUrl, embedPath(input.slug)),
  };
}

/** The file's text: pretty-printed (people read it too), undefined keys left out. */
export function episodeJsonText(input: NewsletterInput): string {
  return `${JSON.stringify(episodeJson(input), null, 2)}\n`;
}
