import { XMLParser } from "fast-xml-parser";
import { parseDuration } from "../time.ts";

/** A `<podcast:person>` (Podcasting 2.0): role defaults to "host", group to "cast". */
export interface FeedPerson {
  name: string;
  role: string;
  href?: string;
  img?: string;
}

/** A linked file: `<podcast:transcript>` or `<podcast:chapters>`. */
export interface FeedLink {
  url: string;
  type: string;
  language?: string;
}

export interface FeedEpisode {
  title: string;
  guid?: string;
  /** ISO 8601, from `<pubDate>` (RFC 822). */
  date?: string;
  /** The item's show notes as HTML: `content:encoded`, else `description`, else `itunes:summary`. */
  html: string;
  subtitle?: string;
  audio?: { url: string; type?: string; bytes?: number };
  /** Seconds, from `itunes:duration`. */
  duration?: number;
  number?: number;
  season?: number;
  image?: string;
  people: FeedPerson[];
  transcripts: FeedLink[];
  chapters?: FeedLink;
}

export interface Feed {
  title: string;
  description: string;
  language?: string;
  link?: string;
  author?: string;
  owner?: { name?: string; email?: string };
  artwork?: string;
  categories: string[];
  explicit: boolean;
  people: FeedPerson[];
  /** In feed order (usually newest first). */
  episodes: FeedEpisode[];
}

type Node = Record<string, unknown>;

const LISTS = new Set(["item", "podcast:person", "podcast:transcript", "itunes:category", "enclosure", "podcast:chapters"]);

/**
 * Reads an RSS podcast feed, including the Podcasting 2.0 tags we import
 * (person, transcript, chapters, season, episode). fast-xml-parser does the
 * XML; this maps the few elements shownotes uses, tolerating what real feeds
 * do (a blank line before `<rss>`, CDATA or escaped HTML, upper-case
 * language codes, `yes`/`no`/`true`/`false` for explicit).
 */
export function parseFeed(xml: string): Feed {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  });
  const root = parser.parse(xml.trimStart()) as Node;
  const channel = (root.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel) throw new Error("this is not an RSS podcast feed (no <rss><channel>)");

  const owner = channel["itunes:owner"] as Node | undefined;
  const image = channel.image as Node | undefined;
  const feed: Feed = {
    title: text(channel.title) ?? "",
    description: text(channel.description) ?? text(channel["itunes:summary"]) ?? "",
    categories: list(channel["itunes:category"]).map((category) => attr(category, "text")).filter(isString),
    explicit: /^(yes|true|explicit)$/i.test(text(channel["itunes:explicit"]) ?? ""),
    people: list(channel["podcast:person"]).map(person).filter((p): p is FeedPerson => p !== undefined),
    episodes: list(channel.item).map((item) => episode(item as Node)),
  };
  assign(feed, "language", text(channel.language));
  assign(feed, "link", text(channel.link));
  assign(feed, "author", text(channel["itunes:author"]) ?? text(channel.managingEditor));
  assign(feed, "artwork", attr(channel["itunes:image"], "href") ?? text(image?.url));
  if (owner) feed.owner = compact({ name: text(owner["itunes:name"]), email: text(owner["itunes:email"]) });
  return feed;
}

function episode(item: Node): FeedEpisode {
  const enclosure = list(item.enclosure)[0];
  const guid = item.guid;
  const result: FeedEpisode = {
    title: text(item.title) ?? text(item["itunes:title"]) ?? "",
    html: text(item["content:encoded"]) ?? text(item.description) ?? text(item["itunes:summary"]) ?? "",
    people: list(item["podcast:person"]).map(person).filter((p): p is FeedPerson => p !== undefined),
    transcripts: list(item["podcast:transcript"]).map(link).filter((l): l is FeedLink => l !== undefined),
  };
  assign(result, "guid", text(guid));
  const pubDate = text(item.pubDate);
  const date = pubDate ? new Date(pubDate) : undefined;
  if (date && !Number.isNaN(date.getTime())) result.date = date.toISOString().replace(".000Z", "Z");
  assign(result, "subtitle", text(item["itunes:subtitle"]));
  const url = attr(enclosure, "url");
  if (url) {
    const bytes = Number(attr(enclosure, "length"));
    result.audio = compact({ url, type: attr(enclosure, "type"), bytes: Number.isInteger(bytes) && bytes > 0 ? bytes : undefined });
  }
  const duration = text(item["itunes:duration"]);
  assign(result, "duration", duration ? parseDuration(duration) : undefined);
  assign(result, "number", integer(text(item["podcast:episode"]) ?? text(item["itunes:episode"])));
  assign(result, "season", integer(text(item["podcast:season"]) ?? text(item["itunes:season"])));
  assign(result, "image", attr(item["itunes:image"], "href"));
  assign(result, "chapters", list(item["podcast:chapters"]).map(link).find((l) => l !== undefined));
  return result;
}

function person(node: unknown): FeedPerson | undefined {
  const name = text(node)?.replace(/\s+/g, " ");
  if (!name) return undefined;
  return compact({ name, role: (attr(node, "role") ?? "host").toLowerCase(), href: attr(node, "href"), img: attr(node, "img") }) as FeedPerson;
}

function link(node: unknown): FeedLink | undefined {
  const url = attr(node, "url");
  if (!url) return undefined;
  return compact({ url, type: (attr(node, "type") ?? "").toLowerCase(), language: attr(node, "language") }) as FeedLink;
}

/** The text of an element, whether fast-xml-parser gave a string or `{ "#text": … }`. */
function text(node: unknown): string | undefined {
  const value = typeof node === "object" && node !== null ? (node as Node)["#text"] : node;
  if (value === undefined || value === null) return undefined;
  const result = String(value).trim();
  return result === "" ? undefined : result;
}

function attr(node: unknown, name: string): string | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const value = (node as Node)[`@_${name}`];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

/** Sets a key only when there is a value (the schemas use exact optional properties). */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
