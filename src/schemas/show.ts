import { z } from "astro/zod";
import { LinkAddressSchema, MediaAddressSchema, WebAddressSchema } from "./url.ts";
import { FollowSchema } from "./follow.ts";

/** A BCP 47 language tag such as `zh-CN` or `en`. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "must be a language tag such as zh-CN or en");

/** The show itself: `content/show.yaml`. */
export const ShowSchema = z.object({
  /** The show's name. */
  title: z.string().min(1),
  /** A few sentences about the show, used on the home page, the feed and search engines. */
  description: z.string().min(1),
  /** Main language of the show (BCP 47), e.g. `zh-CN`; an episode's `lang` overrides it. */
  language: LanguageTagSchema,
  /** Where the site is published, absolute, e.g. `https://podcast.example.com/`. */
  url: WebAddressSchema,
  /** Who makes the show; `owner` is who podcast directories contact. */
  author: z.string().min(1),
  owner: z.object({ name: z.string().min(1), email: z.email() }).optional(),
  /** Square cover art, site-relative (`/artwork.png`) or absolute. */
  artwork: MediaAddressSchema
    // A space is not allowed inside a URL (the HTML checker rejects such an
    // <img src>), yet podcasters name files "cover art.png": %20 names the
    // same resource, validly.
    .transform((value) => value.replace(/ /g, "%20"))
    .optional(),
  /** Apple Podcasts categories, e.g. `Technology` or `Business/Investing`. */
  categories: z.array(z.string()).default([]),
  explicit: z.boolean().default(false),
  /** Links shown in the site footer and used as `sameAs` for search engines. */
  links: z.array(z.object({ label: z.string().min(1), url: LinkAddressSchema })).default([]),
  /** The regular hosts: ids from `content/people.yaml`, or plain names. */
  hosts: z.array(z.string()).default([]),
  /**
   * Where listeners follow the show, in the order the buttons appear:
   * `apple: https://podcasts.apple.com/…`, `spotify: …`, or for a platform
   * the site does not know, `name: { label: Its name, url: https://… }`.
   */
  follow: FollowSchema.optional(),
  /**
   * Keep HTML written in summaries as written (embeds, custom markup). Off (false) by
   * default: summaries' HTML is then cleaned to a safe subset. `javascript:`
   * links are removed either way.
   */
  allowHtml: z.boolean().optional(),
  /**
   * The podcast feed. By default the site publishes one at `/feed.xml`. A show
   * whose feed lives at its host (Apple, Spotify and the rest already read it
   * there) sets `enabled: false` and puts that address in `url`: the site then
   * links to it instead of publishing a second feed that apps could pick up.
   */
  feed: z
    .object({
      /** Publish `/feed.xml` from this site. */
      enabled: z.boolean().default(true),
      /** The feed's public address when it lives elsewhere (your podcast host). */
      url: WebAddressSchema.optional(),
    })
    .optional()
    .refine((feed) => feed === undefined || feed.enabled || feed.url !== undefined, {
      message: "feed.enabled is false, so give feed.url: the address of the feed at your podcast host",
    }),
  /**
   * Optional settings stay optional in the parsed show too (no defaults), so
   * code and tests that build a show by hand need not know about them.
   *
   * Asks podcast hosts not to import this feed elsewhere without the owner's
   * email confirmation (Podcasting 2.0 `<podcast:locked>`); needs `owner.email`.
   */
  locked: z.boolean().optional(),
  /**
   * The show's permanent id for podcast apps (Podcasting 2.0 `<podcast:guid>`,
   * a UUID). Leave it out to derive it from the feed's address as the spec
   * says; set it when moving the feed so apps keep the show.
   */
  guid: z.uuid().optional(),
  /**
   * The show's time zone (IANA name, e.g. `Asia/Shanghai`): pages show each
   * episode's date as a listener there reads it. Filled by `shownotes import`
   * from the feed's dates; left out, dates are shown in UTC.
   */
  timezone: z
    .string()
    .refine(isTimeZone, { message: "must be a time zone name such as Europe/Berlin, America/New_York or Asia/Shanghai" })
    .optional(),
  /** `episodic` (newest first) or `serial` (listen in order), as Apple Podcasts asks. */
  type: z.enum(["episodic", "serial"]).optional(),
}).refine((show) => !show.locked || show.owner !== undefined, {
  message: "locked: true needs owner (name and email): podcast hosts email the owner to confirm a move",
  path: ["locked"],
});

export type ShowInput = z.input<typeof ShowSchema>;
export type Show = z.output<typeof ShowSchema>;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
