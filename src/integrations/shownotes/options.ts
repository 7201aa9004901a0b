import { z } from "astro/zod";
import { AstroError } from "astro/errors";

/**
 * The page components a site may replace with its own `.astro` file, e.g.
 * `components: { EpisodeHeader: "./src/components/MyHeader.astro" }`. Every
 * page and component of the package imports them through
 * `virtual:shownotes/components/<Name>` (src/integrations/shownotes/virtual-modules.ts),
 * so an override applies everywhere the component appears.
 */
export const COMPONENT_NAMES = [
  "Chapters",
  "EpisodeHeader",
  "EpisodeList",
  "EpisodeNav",
  "HomePage",
  "NewsletterCopy",
  "Pagination",
  "PeopleLinks",
  "Player",
  "SearchBox",
  "SearchFields",
  "SeoHead",
  "Takeaways",
  "Transcript",
] as const;

export type ComponentName = (typeof COMPONENT_NAMES)[number];

const componentNames = new Set<string>(COMPONENT_NAMES);

/** A file in the site, written from the project root (`./src/...`), or an npm package's file (`some-theme/styles.css`). */
const SiteFileSchema = z.string().trim().min(1, "is empty: give a file, for example ./src/styles/show.css");

export const ShownotesOptionsSchema = z.strictObject({
  /**
   * The folder holding show.yaml, people.yaml and episodes/, from the project
   * root. When not given: `$SHOWNOTES_CONTENT` (our tests build fixture shows
   * this way), else `content`.
   */
  content: z
    .string()
    .trim()
    .min(1, "is empty: name the folder that holds show.yaml, for example content")
    .refine((value) => !value.startsWith("/") && !value.split(/[\\/]/).includes(".."), "must be a folder inside the site, written from its root, for example content")
    .optional(),
  /** Page components replaced by the site's own `.astro` files. */
  components: z
    .record(z.string(), z.string().trim().endsWith(".astro", "must be an .astro file"))
    .superRefine((value, context) => {
      for (const name of Object.keys(value)) {
        if (!componentNames.has(name)) {
          context.addIssue({ code: "custom", path: [name], message: `is not a component shownotes has; it has ${COMPONENT_NAMES.join(", ")}` });
        }
      }
    })
    .default({}),
  /** CSS files added to every page, after the package's own styles (so they win). */
  customCss: z.array(SiteFileSchema).default([]),
  /** `false` builds no search index, no /search/ page and no search box. */
  search: z.boolean().default(true),
});

export type ShownotesUserOptions = z.input<typeof ShownotesOptionsSchema>;

/**
 * Where the integration object keeps its validated options, for
 * `shownotes check`, which reads the site's astro.config.mjs to check the
 * same content folder with the same Markdown plugins as the build.
 * `Symbol.for`, so the command and the config it loads agree on it even
 * when they hold separate copies of this module.
 */
export const RESOLVED_OPTIONS = Symbol.for("shownotes.resolved-options");

/** The options once validated, with the content folder settled. */
export interface ShownotesOptions {
  content: string;
  components: Partial<Record<ComponentName, string>>;
  customCss: string[];
  search: boolean;
}

/** What pages and loaders read at run time (`virtual:shownotes/config`). */
export interface ShownotesRuntimeConfig {
  /** The content folder, from the project root, without a trailing slash. */
  contentDir: string;
  search: boolean;
  /**
   * Absolute folders of the build, for the routes that read and keep files
   * (the drawn share images): the site's `public/` (local artwork) and
   * Astro's cache folder.
   */
  publicDir: string;
  cacheDir: string;
}

/**
 * Validates `shownotes({...})` in astro.config.mjs. A mistake stops Astro
 * with every problem listed, each naming the option, e.g.
 * `components.Header is not a component shownotes has; it has ...`.
 */
export function parseShownotesOptions(input: unknown, env: NodeJS.ProcessEnv = process.env): ShownotesOptions {
  const result = ShownotesOptionsSchema.safeParse(input ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`);
    throw new AstroError(
      `The shownotes() options in astro.config.mjs are not right:\n${lines.join("\n")}`,
      "Fix them in astro.config.mjs; the options are content, components, customCss and search (see the README).",
    );
  }
  const { content, components, customCss, search } = result.data;
  const contentDir = (content ?? env.SHOWNOTES_CONTENT ?? "content").replace(/[\\/]+$/, "");
  return { content: contentDir, components: components as ShownotesOptions["components"], customCss, search };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.length === 0 ? "the options" : issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    return `${issue.keys.join(", ")}: not a shownotes option (the options are content, components, customCss and search)`;
  }
  if (issue.code === "invalid_type") return `${name}: must be ${article(issue.expected)}`;
  return `${name} ${issue.message}`;
}

function article(expected: string): string {
  const words: Record<string, string> = { string: "a text in quotes", boolean: "true or false", array: "a list, like [\"./a.css\"]", object: "an object, like { Player: \"./src/components/Player.astro\" }" };
  return words[expected] ?? expected;
}
