import { isFollowPlatform, type Follow, type FollowPlatform } from "../../schemas/follow.ts";
import type { Show } from "../../schemas/show.ts";
import { feedUrl } from "../urls/feed-url.ts";

/** One follow button: the app's name in the page's language and the show's (or episode's) address there. */
export interface FollowLinkView {
  /** The `follow:` key as written (`apple`, `bilibili`), for styling and tests. */
  platform: string;
  label: string;
  url: string;
}

/**
 * The follow buttons of a page, in the order the podcaster wrote them. On an
 * episode page the episode's own address for an app replaces the show's
 * (it opens this episode there), and apps only the episode names come after.
 * `rss` is added at the end when the show has a feed (its own, or the
 * host's when `feed.enabled` is false), unless `follow:` places it.
 */
export function followLinks(
  show: Pick<Show, "follow" | "feed" | "url">,
  names: Readonly<Record<FollowPlatform, string>>,
  episodeFollow?: Follow | undefined,
): FollowLinkView[] {
  const merged: Follow = { ...show.follow };
  for (const [key, value] of Object.entries(episodeFollow ?? {})) merged[key] = value;
  const feed = feedUrl(show);
  if (feed && !("rss" in merged)) merged.rss = feed;
  return Object.entries(merged).map(([platform, value]) =>
    typeof value === "string"
      ? { platform, label: isFollowPlatform(platform) ? names[platform] : platform, url: value }
      : { platform, label: value.label, url: value.url },
  );
}
