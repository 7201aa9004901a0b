/**
 * Episodes the build leaves out because they have errors, when the
 * podcaster asked to build the rest (`SHOWNOTES_SKIP_BROKEN=1`).
 *
 * The content-check integration fills this in before content is loaded and
 * the episodes loader reads it. The two are loaded through different module
 * graphs (astro.config vs. Vite's SSR runner), so a module-level variable
 * would not be shared; a registered symbol on globalThis is.
 */
const KEY = Symbol.for("shownotes.skippedEpisodes");

type Registry = { [KEY]?: Set<string> };

export function setSkippedEpisodes(slugs: Iterable<string>): void {
  (globalThis as Registry)[KEY] = new Set(slugs);
}

export function isSkippedEpisode(slug: string): boolean {
  return (globalThis as Registry)[KEY]?.has(slug) ?? false;
}

/** True when the podcaster asked to build the rest and list what was skipped. */
export function skipBrokenRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.SHOWNOTES_SKIP_BROKEN ?? "");
}
