import type { Show } from "../../schemas/show.ts";
import { absoluteUrl, FEED_PATH } from "./site-urls.ts";

/** Where our own feed is published (the page address contract: `/feed.xml`). */
export { FEED_PATH };

/**
 * The show's feed address for links and structured data: ours, or the one at
 * the podcast host when the show turned ours off (`feed.enabled: false`).
 */
export function feedUrl(show: Pick<Show, "url" | "feed">): string | undefined {
  return publishesOwnFeed(show) ? absoluteUrl(show.url, FEED_PATH) : show.feed?.url;
}

/** True unless the show turned our feed off because its host publishes it. */
export function publishesOwnFeed(show: Pick<Show, "feed">): boolean {
  return show.feed?.enabled !== false;
}
