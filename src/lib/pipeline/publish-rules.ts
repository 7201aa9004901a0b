/**
 * Which episodes a build publishes when some have errors. Read from the
 * environment by both the content pipeline's integration and the episodes
 * loader, so the two always agree.
 */

/** True when the podcaster asked to build the rest and list what was skipped (`SHOWNOTES_SKIP_BROKEN=1`). */
export function skipBrokenRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.SHOWNOTES_SKIP_BROKEN ?? "");
}

/**
 * Test-only: builds a site whose content has errors, broken episodes
 * included, to prove in a real browser that the pages' own defences (the
 * summary sanitiser) hold even for content nobody checked
 * (tests/fixtures/sites/xss).
 */
export function buildDespiteErrors(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHOWNOTES_TEST_BUILD_DESPITE_ERRORS === "1";
}

/** Whether the site shows a stored episode: one with errors only in a build despite errors. */
export function publishesEpisode(stored: { entry?: unknown; problems: readonly { severity: string }[] }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stored.entry !== undefined && (buildDespiteErrors(env) || !stored.problems.some((problem) => problem.severity === "error"));
}
