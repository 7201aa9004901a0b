import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { Show } from "../../schemas/show.ts";
import type { Person } from "../../schemas/person.ts";
import { absoluteUrl, HOME_PATH, webUrl } from "../urls/site-urls.ts";
import type { FeedEpisode } from "./feed-episodes.ts";
import { podcastGuid } from "./podcast-guid.ts";
import { isSafeUrl } from "../urls/safe-url.ts";

/**
 * The podcast feed: RSS 2.0 (https://www.rssboard.org/rss-specification)
 * with Apple's `itunes:` tags
 * (https://podcasters.apple.com/support/823-podcast-requirements) and the
 * Podcasting 2.0 namespace (https://podcasting2.org/podcast-namespace).
 * Built as an XML tree by xmlbuilder2, so escaping is never hand-rolled.
 */

const NS = {
  itunes: "http://www.itunes.com/dtds/podcast-1.0.dtd",
  podcast: "https://podcastindex.org/namespace/1.0",
  atom: "http://www.w3.org/2005/Atom",
  content: "http://purl.org/rss/1.0/modules/content/",
};

export interface FeedInput {
  show: Show;
  /** The show's regular hosts, as people. */
  hosts: readonly Person[];
  /** Where this feed is published, absolute (atom:link rel="self", and the source of podcast:guid). */
  selfUrl: string;
  episodes: readonly FeedEpisode[];
}

export function buildFeedXml({ show, hosts, selfUrl, episodes }: FeedInput): string {
  const rss = create({ version: "1.0", encoding: "UTF-8" }).ele("rss", {
    version: "2.0",
    "xmlns:itunes": NS.itunes,
    "xmlns:podcast": NS.podcast,
    "xmlns:atom": NS.atom,
    "xmlns:content": NS.content,
  });
  const channel = rss.ele("channel");
  const site = absoluteUrl(show.url, HOME_PATH);
  text(channel, "title", show.title);
  text(channel, "link", site);
  text(channel, "description", show.description);
  text(channel, "language", show.language);
  channel.ele("atom:link", { href: selfUrl, rel: "self", type: "application/rss+xml" });
  text(channel, "generator", "shownotes");
  // The newest episode's date rather than the clock, so every build of the
  // same content writes the same feed.
  const newest = episodes.map((episode) => episode.date).filter((date): date is Date => date !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];
  if (newest) text(channel, "lastBuildDate", newest.toUTCString());
  const artwork = webUrl(show.url, show.artwork);
  if (artwork) {
    channel.ele("image").ele("url").txt(artwork).up().ele("title").txt(show.title).up().ele("link").txt(site);
    channel.ele("itunes:image", { href: artwork });
  }
  text(channel, "itunes:author", show.author);
  if (show.owner) channel.ele("itunes:owner").ele("itunes:name").txt(show.owner.name).up().ele("itunes:email").txt(show.owner.email);
  for (const category of show.categories) {
    // Apple nests a subcategory inside its category: `Business/Investing`.
    const [main, sub] = category.split("/").map((part) => part.trim());
    const element = channel.ele("itunes:category", { text: main });
    if (sub) element.ele("itunes:category", { text: sub });
  }
  text(channel, "itunes:explicit", show.explicit ? "true" : "false");
  text(channel, "itunes:type", show.type ?? "episodic");
  text(channel, "podcast:guid", show.guid ?? podcastGuid(selfUrl));
  // podcast:locked names the owner's email, which hosts write to before importing.
  if (show.owner) channel.ele("podcast:locked", { owner: show.owner.email }).txt(show.locked === true ? "yes" : "no");
  for (const host of hosts) person(channel, { name: host.name, role: "host", href: host.url && isSafeUrl(host.url) ? host.url : undefined, img: webUrl(show.url, host.image) });

  for (const episode of episodes) item(channel, episode);
  return rss.end({ prettyPrint: true }) + "\n";
}

function item(channel: XMLBuilder, episode: FeedEpisode): void {
  const element = channel.ele("item");
  text(element, "title", episode.title);
  text(element, "link", episode.link);
  element.ele("guid", { isPermaLink: episode.guid.isPermaLink ? "true" : "false" }).txt(episode.guid.value);
  if (episode.date) text(element, "pubDate", episode.date.toUTCString());
  text(element, "description", episode.description);
  // The whole show notes, links included, as RSS readers and Apple Podcasts read them (RSS content module).
  if (episode.html) text(element, "content:encoded", episode.html);
  // RSS requires `length`; 0 is the accepted value when the size is not known.
  element.ele("enclosure", { url: episode.enclosure.url, length: String(episode.enclosure.bytes ?? 0), type: episode.enclosure.type });
  text(element, "itunes:title", episode.title);
  if (episode.duration !== undefined) text(element, "itunes:duration", String(Math.round(episode.duration)));
  if (episode.number !== undefined) text(element, "itunes:episode", String(episode.number));
  if (episode.season !== undefined) text(element, "itunes:season", String(episode.season));
  text(element, "itunes:episodeType", episode.episodeType ?? "full");
  if (episode.image) element.ele("itunes:image", { href: episode.image });
  if (episode.season !== undefined) text(element, "podcast:season", String(episode.season));
  if (episode.number !== undefined) text(element, "podcast:episode", String(episode.number));
  for (const transcript of episode.transcripts) {
    element.ele("podcast:transcript", {
      url: transcript.url,
      type: transcript.type,
      language: transcript.language,
      ...(transcript.rel ? { rel: transcript.rel } : {}),
    });
  }
  if (episode.chaptersUrl) element.ele("podcast:chapters", { url: episode.chaptersUrl, type: "application/json+chapters" });
  for (const who of episode.people) person(element, who);
}

function person(parent: XMLBuilder, who: { name: string; role: string; href?: string | undefined; img?: string | undefined }): void {
  parent.ele("podcast:person", { role: who.role, ...(who.href ? { href: who.href } : {}), ...(who.img ? { img: who.img } : {}) }).txt(who.name);
}

function text(parent: XMLBuilder, name: string, value: string): void {
  parent.ele(name).txt(value);
}
