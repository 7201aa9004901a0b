import { z } from "astro/zod";
import { LanguageTagSchema } from "./show.ts";
import { FollowSchema } from "./follow.ts";
import { TranscriptSchema } from "./transcript.ts";
import { ChapterSchema } from "./chapter.ts";
import { TakeawaySchema } from "./takeaway.ts";
import { parseDuration } from "../lib/timing/time.ts";
import { MediaAddressSchema } from "./url.ts";

/** `3723`, `"1:02:03"` or `"62:03"` → seconds. */
const DurationSchema = z.union([z.number().nonnegative(), z.string()]).transform((value, ctx) => {
  const seconds = typeof value === "number" ? value : parseDuration(value);
  if (seconds === undefined) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not a duration: write seconds (3723) or HH:MM:SS (1:02:03)` });
    return z.NEVER;
  }
  return seconds;
});

/**
 * A day such as `2024-03-01` (YAML reads it as text or as a date). An
 * unquoted `20240301` is a number to YAML, and a number would silently
 * become a moment in January 1970, so it is refused with the date it most
 * likely means.
 */
const DateSchema = z
  .unknown()
  .transform((value, ctx) => {
    // YAML reads a date and time without a zone as UTC; so do we, whatever the computer's own zone.
    if (typeof value === "string") {
      const local = /^(\d{4}-\d{2}-\d{2})(?:[Tt]|\s+)(\d{1,2}):(\d{2})(:\d{2}(?:\.\d+)?)?$/.exec(value.trim());
      if (local) return `${local[1]}T${local[2]!.padStart(2, "0")}:${local[3]}${local[4] ?? ":00"}Z`;
      return value;
    }
    if (typeof value !== "number") return value;
    const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(String(value));
    const hint = digits ? `date: ${digits[1]}-${digits[2]}-${digits[3]}` : "date: 2024-03-01";
    ctx.addIssue({ code: "custom", message: `is a number, not a date: write the day with dashes, e.g. \`${hint}\` (found ${value})` });
    return z.NEVER;
  })
  .pipe(z.coerce.date());

/** The audio file: a URL, or an object when the type or size is known. */
const AudioSchema = z
  .union([
    z.string().min(1),
    z.object({
      url: z.string().min(1),
      /** MIME type; guessed from the file extension when left out. */
      type: z.string().optional(),
      /** File size in bytes (podcast apps want it in the feed). */
      bytes: z.number().int().positive().optional(),
    }),
  ])
  .transform((audio, ctx) => {
    const object = typeof audio === "string" ? { url: audio } : audio;
    // Checked after the union, so a refused address is reported as such rather than as "not a form shownotes understands".
    const checked = MediaAddressSchema.safeParse(object.url);
    if (!checked.success) {
      for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: typeof audio === "string" ? [] : ["url"] });
      return z.NEVER;
    }
    return { ...object, url: checked.data };
  });

/**
 * The frontmatter of `content/episodes/<slug>/index.md`. These keys are a
 * public interface podcasters write by hand: add keys, never rename them.
 */
export const EpisodeFrontmatterSchema = z.object({
  title: z.string().min(1),
  /** Publication date, `2023-02-14` (or with a time). */
  date: DateSchema.optional(),
  /** One line about the episode for lists, search results and link previews. */
  description: z.string().optional(),
  number: z.number().int().nonnegative().optional(),
  season: z.number().int().nonnegative().optional(),
  /** Length of the audio: seconds, or `HH:MM:SS`. */
  duration: DurationSchema.optional(),
  audio: AudioSchema.optional(),
  /** Ids from `content/people.yaml`, or plain names; defaults to the show's hosts. */
  hosts: z.array(z.string()).optional(),
  guests: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
  /** This episode's own page in podcast apps (`apple: https://…`), shown on its page; same form as the show's `follow`. */
  follow: FollowSchema.optional(),
  /** Language of this episode when it differs from the show's. */
  lang: LanguageTagSchema.optional(),
  /** Episode artwork, site-relative or absolute. */
  image: MediaAddressSchema.optional(),
  /** Drafts are checked but not published. */
  draft: z.boolean().default(false),
  /** Stable id for podcast apps; defaults to the episode's URL. */
  guid: z.string().optional(),
  /**
   * Apple's `itunes:episodeType`: a `trailer` or `bonus` episode may share
   * the number of the episode it belongs to. Left out means `full`.
   */
  episodeType: z.enum(["full", "trailer", "bonus"]).optional(),
  /**
   * The episode's page at the old podcast host, kept by `shownotes import`:
   * the build writes a redirect from its path to the new page.
   */
  link: z.string().optional(),
  /** A Podcasting 2.0 chapters file the old feed linked (`podcast:chapters`), kept by the import. */
  chaptersUrl: z.string().optional(),
  /** The transcript the old feed linked (`podcast:transcript`), kept by the import; `shownotes import --fetch` downloads it. */
  transcriptUrl: z.string().optional(),
});

/**
 * What the episodes loader stores: the frontmatter, the parsed transcript,
 * and the structure read from the summary Markdown (see src/lib/markdown/).
 */
export const EpisodeSchema = EpisodeFrontmatterSchema.extend({
  transcript: TranscriptSchema.optional(),
  /** From the summary's chapters list; empty when it has none. */
  chapters: z.array(ChapterSchema).default([]),
  /** From the summary's key takeaways list; empty when it has none. */
  takeaways: z.array(TakeawaySchema).default([]),
});

export type EpisodeFrontmatter = z.output<typeof EpisodeFrontmatterSchema>;
export type Episode = z.output<typeof EpisodeSchema>;
/** An episode as the feed and the head tags read it: frontmatter plus the summary's chapters. */
export type EpisodeData = EpisodeFrontmatter & { chapters?: z.output<typeof ChapterSchema>[] | undefined };
