import { z } from "astro/zod";

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
  url: z.url(),
  /** Who makes the show; `owner` is who podcast directories contact. */
  author: z.string().min(1),
  owner: z.object({ name: z.string().min(1), email: z.email() }).optional(),
  /** Square cover art, site-relative (`/artwork.png`) or absolute. */
  artwork: z.string().optional(),
  /** Apple Podcasts categories, e.g. `Technology` or `Business/Investing`. */
  categories: z.array(z.string()).default([]),
  explicit: z.boolean().default(false),
  /** Links shown in the site footer and used as `sameAs` for search engines. */
  links: z.array(z.object({ label: z.string().min(1), url: z.url() })).default([]),
  /** Ids from `content/people.yaml` of the regular hosts. */
  hosts: z.array(z.string()).default([]),
  /**
   * Keep HTML written in summaries as written (embeds, custom markup). Off (false) by
   * default: summaries' HTML is then cleaned to a safe subset. `javascript:`
   * links are removed either way.
   */
  allowHtml: z.boolean().optional(),
});

export type ShowInput = z.input<typeof ShowSchema>;
export type Show = z.output<typeof ShowSchema>;
