import { XMLParser } from "fast-xml-parser";
import { parseDuration } from "../timing/time.ts";
import { assertWellFormed, FeedError } from "./decode-feed.ts";

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
  /** The item's `<guid>`, or its enclosure URL when the guid is empty or missing (what podcast apps fall back to). */
  guid?: string;
  /** Where `guid` came from. */
  guidFrom?: "feed" | "enclosure";
  /** ISO 8601 with the offset the feed wrote (`2018-08-30T00:00:00+08:00`), from `<pubDate>` (RFC 822). */
  date?: string;
  /** The item's show notes as HTML: the richest of `content:encoded`, `itunes:summary` and `description`. */
  html: string;
  /** The episode's page at the old host (`<link>`). */
  link?: string;
  /** `itunes:episodeType` when it is not `full`. */
  episodeType?: "trailer" | "bonus";
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
  /** `<podcast:guid>`: the show's id in podcast apps. */
  podcastGuid?: string;
  /** The feed's own address as it states it (`itunes:new-feed-url`, else `atom:link rel="self"`). */
  selfUrl?: string;
  /** `itunes:type`. */
  type?: "episodic" | "serial";
  /** In feed order (usually newest first). */
  episodes: FeedEpisode[];
  /** Items a lenient read could not recover (always 0 otherwise: a damaged feed is an error). */
  unreadable: number;
}

type Node = Record<string, unknown>;

const LISTS = new Set(["item", "podcast:person", "podcast:transcript", "itunes:category", "enclosure", "podcast:chapters", "atom:link", "guid", "link"]);

export interface ParseOptions {
  /**
   * Recover what can be read from a damaged feed: stray `&` are escaped,
   * items that still cannot be read are counted in `unreadable`, and a cut-off
   * last item is dropped. Off, a damaged feed is a FeedError.
   */
  lenient?: boolean;
}

/**
 * Reads an RSS podcast feed, including the Podcasting 2.0 tags we import
 * (person, transcript, chapters, season, episode). fast-xml-parser does the
 * XML; this maps the few elements shownotes uses, tolerating what real feeds
 * do (a blank line before `<rss>`, CDATA or escaped HTML, upper-case
 * language codes, `yes`/`no`/`true`/`false` for explicit).
 */
export function parseFeed(xml: string, options: ParseOptions = {}): Feed {
  xml = xml.replace(/^\uFEFF/, "").trimStart();
  try {
    assertWellFormed(xml);
  } catch (thrown) {
    if (!options.lenient || !(thrown instanceof FeedError)) throw thrown;
    return readLeniently(xml);
  }
  return readFeed(xml, 0);
}

/** Stray ampersands (not starting `&name;` or `&#…;`) escaped: the commonest damage hosts let through. */
function escapeStrayAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[\da-fA-F]+);)/g, "&amp;");
}

function readLeniently(xml: string): Feed {
  const fixed = escapeStrayAmpersands(xml);
  const firstItem = fixed.search(/<item[\s>]/);
  const head = firstItem === -1 ? fixed.replace(/<\/channel>[\s\S]*$/, "") : fixed.slice(0, firstItem);
  const items = fixed.match(/<item[\s>][\s\S]*?<\/item>/g) ?? [];
  const started = (fixed.match(/<item[\s>]/g) ?? []).length;
  const readable = items.filter((item) => {
    try {
      assertWellFormed(`<rss>${item}</rss>`);
      return true;
    } catch {
      return false;
    }
  });
  const document = `${head}${readable.join("\n")}</channel></rss>`;
  assertWellFormed(document);
  return readFeed(document, started - readable.length);
}

function readFeed(xml: string, unreadable: number): Feed {
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
  const root = parser.parse(xml) as Node;
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
    unreadable,
  };
  assign(feed, "podcastGuid", text(channel["podcast:guid"]));
  const self = list(channel["atom:link"]).find((link) => attr(link, "rel") === "self");
  assign(feed, "selfUrl", text(channel["itunes:new-feed-url"]) ?? attr(self, "href"));
  const type = text(channel["itunes:type"])?.toLowerCase();
  if (type === "episodic" || type === "serial") feed.type = type;
  assign(feed, "language", text(channel.language));
  assign(feed, "link", list(channel.link).map(text).find(isString));
  assign(feed, "author", text(channel["itunes:author"]) ?? text(channel.managingEditor));
  assign(feed, "artwork", attr(channel["itunes:image"], "href") ?? text(image?.url));
  if (owner) feed.owner = compact({ name: text(owner["itunes:name"]), email: text(owner["itunes:email"]) });
  return feed;
}

function episode(item: Node): FeedEpisode {
  const enclosure = list(item.enclosure)[0];
  const result: FeedEpisode = {
    title: text(item.title) ?? text(item["itunes:title"]) ?? "",
    html: richest([text(item["content:encoded"]), text(item["itunes:summary"]), text(item.description)]),
    people: list(item["podcast:person"]).map(person).filter((p): p is FeedPerson => p !== undefined),
    transcripts: list(item["podcast:transcript"]).map(link).filter((l): l is FeedLink => l !== undefined),
  };
  const guid = list(item.guid).map(text).find(isString);
  const pubDate = text(item.pubDate);
  assign(result, "date", pubDate ? dateWithOffset(pubDate) : undefined);
  const page = list(item.link).map(text).find(isString);
  if (page && /^https?:\/\//i.test(page)) result.link = page;
  const episodeType = text(item["itunes:episodeType"])?.toLowerCase();
  if (episodeType === "trailer" || episodeType === "bonus") result.episodeType = episodeType;
  assign(result, "subtitle", text(item["itunes:subtitle"]));
  const url = attr(enclosure, "url");
  if (url) {
    const bytes = Number(attr(enclosure, "length"));
    result.audio = compact({ url, type: attr(enclosure, "type"), bytes: Number.isInteger(bytes) && bytes > 0 ? bytes : undefined });
  }
  // Podcast apps key an item without a guid by its enclosure URL: keeping that is what keeps subscribers' played marks.
  if (guid) Object.assign(result, { guid, guidFrom: "feed" });
  else if (url) Object.assign(result, { guid: url, guidFrom: "enclosure" });
  const duration = text(item["itunes:duration"]);
  assign(result, "duration", duration ? parseDuration(duration) : undefined);
  assign(result, "number", integer(text(item["podcast:episode"]) ?? text(item["itunes:episode"])));
  assign(result, "season", integer(text(item["podcast:season"]) ?? text(item["itunes:season"])));
  assign(result, "image", attr(item["itunes:image"], "href"));
  assign(result, "chapters", list(item["podcast:chapters"]).map(link).find((l) => l !== undefined));
  return result;
}

/**
 * The fullest of an item's show notes. Hosts fill them differently (a short
 * `description` beside a full `content:encoded`, or the reverse), so the one
 * with the most links, then the most text, wins.
 */
function richest(candidates: (string | undefined)[]): string {
  const score = (html: string) => [(html.match(/<a\s/gi) ?? []).length, html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim().length];
  let best = "";
  let bestScore = [-1, -1];
  for (const html of candidates) {
    if (!html) continue;
    const [links, length] = score(html) as [number, number];
    if (links > bestScore[0]! || (links === bestScore[0] && length > bestScore[1]!)) [best, bestScore] = [html, [links, length]];
  }
  return best;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 822 zone names (§5.1) and the offsets they stand for. */
const ZONES: Record<string, string> = { UT: "+0000", UTC: "+0000", GMT: "+0000", Z: "+0000", EST: "-0500", EDT: "-0400", CST: "-0600", CDT: "-0500", MST: "-0700", MDT: "-0600", PST: "-0800", PDT: "-0700" };

/**
 * `Thu, 30 Aug 2018 00:00:00 +0800` → `2018-08-30T00:00:00+08:00`: the
 * feed's wall time and offset, so the instant is exact and the day the show
 * published on is not lost (`Date#toISOString` would say 29 August). UTC is
 * written `Z`. Dates RFC 822 cannot read fall back to JavaScript's parser.
 */
export function dateWithOffset(value: string): string | undefined {
  const match = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?\s*$/.exec(value.trim());
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
  const zone = match ? (match[7] ? (/^[+-]/.test(match[7]) ? match[7] : ZONES[match[7].toUpperCase()]) : "+0000") : undefined;
  if (!match || month === -1 || !zone) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(".000Z", "Z");
  }
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const pad = (n: string | number) => String(n).padStart(2, "0");
  const offset = zone === "+0000" || zone === "-0000" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const text = `${year}-${pad(month + 1)}-${pad(match[1]!)}T${pad(match[4]!)}:${match[5]}:${match[6] ?? "00"}${offset}`;
  return Number.isNaN(new Date(text).getTime()) ? undefined : text;
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
