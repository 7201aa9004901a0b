import { z } from "astro/zod";
import { WebAddressSchema } from "./url.ts";

/**
 * Podcast apps and directories the site knows by name: their names are shown
 * in the page's language (src/i18n). `rss` is added by itself when the show
 * has a feed. The order here is only for messages; buttons keep the order the
 * podcaster wrote.
 */
export const FOLLOW_PLATFORMS = [
  "apple",
  "spotify",
  "youtube",
  "overcast",
  "pocketcasts",
  "castbox",
  "podcastaddict",
  "amazon",
  "xiaoyuzhou",
  "ximalaya",
  "netease",
  "rss",
] as const;

export type FollowPlatform = (typeof FOLLOW_PLATFORMS)[number];

export function isFollowPlatform(key: string): key is FollowPlatform {
  return (FOLLOW_PLATFORMS as readonly string[]).includes(key);
}

/**
 * A web address a listener's browser opens from a button: a full https or
 * http address, held to the project's one URL rule (src/schemas/url.ts).
 */
export const FollowUrlSchema = WebAddressSchema;

/**
 * `follow:` in show.yaml (the show's page in each app) and in an episode's
 * frontmatter (that episode's page there): a platform name, then its address;
 * a platform the site does not know is given as `{ label, url }`. A key that
 * is not a known platform but has a bare address is kept, labelled as
 * written, and `shownotes check` warns about it (usually a typo).
 */
export const FollowSchema = z.record(
  z.string().min(1),
  z.union([FollowUrlSchema, z.object({ label: z.string().min(1), url: FollowUrlSchema })]),
);

export type Follow = z.output<typeof FollowSchema>;
