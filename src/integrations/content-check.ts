import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { checkContentInParallel, countErrors, formatProblem } from "../lib/check/index.ts";
import { openCheckMemory } from "../lib/check/check-memory.ts";
import { setSkippedEpisodes, skipBrokenRequested } from "../lib/check/skipped-episodes.ts";
import { handOverParsedTranscript } from "../lib/parsed-transcripts.ts";

/**
 * Runs `shownotes check` before anything is built (bad content
 * never ships). Errors stop the build with the same messages the command
 * prints; with `SHOWNOTES_SKIP_BROKEN=1` the episodes with errors are left
 * out, the rest is built, and the skipped ones are listed again at the end.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  let skipped: string[] = [];
  return {
    name: "shownotes:content-check",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        // The episodes loader reuses these parses instead of reading every transcript again (src/lib/parsed-transcripts.ts).
        const result = await checkContentInParallel(root, options.contentDir, {
          onTranscriptParsed: (file, bytes, duration, transcript) => handOverParsedTranscript(join(root, file), bytes, duration, transcript),
          // Episodes unchanged since the last build are not checked (nor their transcripts parsed) again.
          memory: openCheckMemory(fileURLToPath(new URL("content-check.json", config.cacheDir)), root, options.contentDir),
        });
        for (const problem of result.problems) {
          if (problem.severity === "error") logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        const errors = countErrors(result.problems);
        if (errors === 0) return;
        // Test-only: builds a site whose content check fails, to prove in a real
        // browser that the pages' own defences (the summary sanitiser) hold
        // even for content nobody checked (tests/fixtures/sites/xss).
        if (process.env.SHOWNOTES_TEST_BUILD_DESPITE_ERRORS === "1") {
          logger.warn(`Building despite ${errors} error${errors === 1 ? "" : "s"} (SHOWNOTES_TEST_BUILD_DESPITE_ERRORS=1, for tests only).`);
          return;
        }
        // While previewing (astro dev) a mistake should not take the whole site down.
        const skipBroken = command !== "build" || skipBrokenRequested();
        if (skipBroken && !result.showBroken) {
          skipped = result.brokenEpisodes;
          setSkippedEpisodes(skipped);
          logger.warn(`Leaving out ${skipped.length} episode${skipped.length === 1 ? "" : "s"} with errors: ${skipped.join(", ")}`);
          return;
        }
        const hint = result.showBroken
          ? "Fix them and build again."
          : "Fix them and build again, or set SHOWNOTES_SKIP_BROKEN=1 to build the other episodes without the broken ones.";
        // AstroError (a user error): Astro prints the message and hint, without a stack trace aimed at developers.
        const stop = new AstroError(`${errors} error${errors === 1 ? "" : "s"} in ${options.contentDir}/ (listed above): the site was not built.`, hint);
        // Astro prints a stack trace whenever an error has one; this stop is a sentence for a podcaster, not a crash.
        stop.stack = "";
        throw stop;
      },
      "astro:build:done": ({ logger }) => {
        if (skipped.length === 0) return;
        logger.warn(`Built without these episodes, which have errors (run \`npx shownotes check\` to see them): ${skipped.join(", ")}`);
      },
    },
  };
}
