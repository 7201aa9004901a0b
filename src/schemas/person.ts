import { z } from "astro/zod";
import { LinkAddressSchema, MediaAddressSchema } from "./url.ts";

/**
 * A person who speaks on the show: host, guest or recurring voice.
 * Kept in `content/people.yaml`, keyed by a short id that episodes and the
 * show use in `hosts` / `guests`.
 */
export const PersonSchema = z.object({
  /** Display name, as listeners know it. */
  name: z.string().min(1),
  /** The person's own page (site, profile); shown as their link. */
  url: LinkAddressSchema.optional(),
  /** Portrait, site-relative (`/people/monica.jpg`) or absolute. */
  image: MediaAddressSchema.optional(),
  /** One line about them, shown on their page. */
  bio: z.string().optional(),
  /**
   * Other names the transcript uses for this person (speaker labels such as
   * `SPEAKER_01` or a first name), so speakers map to people.
   */
  aliases: z.array(z.string()).default([]),
});

export type PersonInput = z.input<typeof PersonSchema>;
export type Person = z.output<typeof PersonSchema>;
