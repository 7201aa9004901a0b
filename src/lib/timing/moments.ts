/**
 * Moments: links to a time in an episode that work with JavaScript off.
 * A moment link is `/episodes/<slug>/?t=<seconds>#<paragraph id>`: the
 * fragment lands the reader on the transcript paragraph, and the page's
 * script reads `?t=` (or `#t=`) to set the player there.
 */
import { parseDuration } from "./time.ts";
import { momentPath, momentSuffix } from "../urls/site-urls.ts";

/** What moment lookups need from a transcript paragraph. */
export interface TimedParagraph {
  id: string;
  start?: number;
}

/** A time or span asked for in a URL: `?t=754`, `#t=12:34`, `?t=754,812`. */
export interface MomentRange {
  start: number;
  end?: number;
}

/**
 * The paragraph being spoken at `seconds`: the last one starting at or
 * before it (or the first timed one when `seconds` comes before them all).
 * Starts count in whole seconds, as times are written and shown (`3:39` is
 * the paragraph starting at 219.36). Undefined when no paragraph has a time.
 */
export function paragraphAt<P extends TimedParagraph>(seconds: number, paragraphs: readonly P[]): P | undefined {
  let found: P | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.start === undefined) continue;
    const start = Math.floor(paragraph.start);
    if (start <= seconds || found === undefined) found = paragraph;
    if (start > seconds) break;
  }
  return found;
}

/**
 * The shareable link to a moment, as a site path (src/lib/urls/site-urls.ts
 * puts it under the site's base); without timed paragraphs it carries only `?t=`.
 */
export function momentHref(slug: string, seconds: number, paragraphs: readonly TimedParagraph[]): string {
  return momentPath(slug, { seconds, paragraphId: paragraphAt(seconds, paragraphs)?.id });
}

/**
 * The link a transcript paragraph carries on its episode page (its time link
 * and "copy link" button): a moment link when the paragraph has a start,
 * exact or estimated from the episode's length, else just its fragment.
 * Search results link paragraphs through this too, so a hit lands exactly as
 * the page's own link does.
 */
export function paragraphHref(slug: string, paragraph: TimedParagraph): string {
  return paragraph.start !== undefined ? momentHref(slug, paragraph.start, [paragraph]) : momentPath(slug, { paragraphId: paragraph.id });
}

/**
 * `paragraphHref` on a page address given whole (`/episodes/<slug>/`, or with
 * the site's base path in front): search results build their links on the
 * address the index gives, so they land as the page's own links do wherever
 * the site is hosted.
 */
export function pageParagraphHref(page: string, paragraph: TimedParagraph): string {
  return `${page}${momentSuffix({ ...(paragraph.start !== undefined ? { seconds: paragraph.start } : {}), paragraphId: paragraph.id })}`;
}

/**
 * Reads a `t` value as Media Fragments URI 1.0 (§4.2.1, temporal dimension)
 * writes it, `start[,end]`, also accepting clock times (`12:34`) as
 * podcasters write them. Undefined when it is not a time or the span is empty.
 */
export function parseMoment(value: string): MomentRange | undefined {
  const [startText = "", endText, ...rest] = value.replace(/^npt:/, "").split(",");
  if (rest.length > 0) return undefined;
  const start = startText === "" ? 0 : parseDuration(startText);
  if (start === undefined) return undefined;
  if (endText === undefined) return { start };
  const end = parseDuration(endText);
  if (end === undefined || end <= start) return undefined;
  return { start, end };
}

/** The moment a page address asks for: `?t=` first, then `#t=`. */
export function momentFromUrl(url: URL): MomentRange | undefined {
  const query = url.searchParams.get("t");
  if (query !== null) return parseMoment(query);
  const fragment = /^#t=([^&]*)/.exec(url.hash);
  return fragment ? parseMoment(decodeURIComponent(fragment[1] ?? "")) : undefined;
}
