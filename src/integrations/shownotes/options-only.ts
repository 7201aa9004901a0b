import { parseShownotesOptions, RESOLVED_OPTIONS, type ShownotesOptions, type ShownotesUserOptions } from "./options.ts";

/**
 * What `shownotes()` is while `shownotes check` reads a site's
 * astro.config.mjs (src/cli/site-config.ts): the options validated by the
 * very function the integration uses, and no hooks, so reading the config
 * loads none of the build's machinery (search, share images, pages) and
 * takes a second rather than several.
 */
export default function shownotes(userOptions: ShownotesUserOptions = {}): { name: string; hooks: Record<string, never>; [RESOLVED_OPTIONS]: ShownotesOptions } {
  return { name: "shownotes", hooks: {}, [RESOLVED_OPTIONS]: parseShownotesOptions(userOptions) };
}

export { shownotes };
