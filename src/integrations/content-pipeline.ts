import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { countErrors, formatProblem, readContent } from "../lib/pipeline/index.ts";
import { EpisodeStore } from "../lib/pipeline/episode-store.ts";
import { buildDespiteErrors, publishesEpisode, skipBrokenRequested } from "../lib/pipeline/publish-rules.ts";
import { openEpisodeSearchDocuments, type EpisodeSearchDocuments } from "../lib/search/episode-documents.ts";
import { siteMarkdownOf } from "../lib/markdown/render-summary.ts";

/**
 * Reads the content folder once, before anything is built or previewed
 * (src/lib/pipeline/): every episode becomes a model in the episode store,
 * which the episodes loader publishes, and, while building with search on,
 * a search document, indexed as soon as it is made. Every problem is
 * printed as `shownotes check` prints it. Errors stop the build; with
 * `SHOWNOTES_SKIP_BROKEN=1` (and always while previewing) the episodes with
 * errors are left out, the rest is built, and the skipped ones are listed
 * again at the end.
 */
export function contentPipeline(options: { contentDir: string; indexDocument?: ((file: URL) => void) | undefined }): AstroIntegration {
  let skipped: string[] = [];
  let command = "build";
  return {
    name: "shownotes:content",
    hooks: {
      "astro:config:setup": (params) => {
        command = params.command;
      },
      // After every integration's setup: summaries follow the site's final Markdown settings.
      "astro:config:done": async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const store = new EpisodeStore(config.cacheDir);
        const indexing = command === "build" ? options.indexDocument : undefined;
        const despite = buildDespiteErrors();
        let documents: EpisodeSearchDocuments | undefined;
        const announced: Promise<void>[] = [];
        const result = await readContent(root, options.contentDir, {
          parallel: true,
          siteMarkdown: siteMarkdownOf(config.markdown),
          onSettings: async ({ show, peopleById }) => {
            if (indexing && show) documents = await openEpisodeSearchDocuments({ cacheDir: config.cacheDir, show, people: peopleById, onCurrent: indexing });
          },
          // Unchanged since the last build: not read again (nor its transcript parsed), its problems reported as remembered.
          recall: (slug, key) => {
            const stored = store.recall(slug, key);
            if (!stored) return undefined;
            if (documents && publishesEpisode(stored)) announced.push(documents.put(slug, key, stored.entry!));
            return stored.problems;
          },
          onEpisode: async (model, key) => {
            const stored = await store.put(model, key);
            if (documents && publishesEpisode(stored)) await documents.put(model.slug, key, stored.entry!, model.episode?.transcript?.paragraphs);
          },
        });
        await Promise.all(announced);
        await store.keepOnly(new Set(result.episodes));
        await documents?.finish();

        for (const problem of result.problems) {
          if (problem.severity === "error") logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        const errors = countErrors(result.problems);
        if (errors === 0) return;
        if (despite) {
          logger.warn(`Building despite ${errors} error${errors === 1 ? "" : "s"} (SHOWNOTES_TEST_BUILD_DESPITE_ERRORS=1, for tests only).`);
          return;
        }
        // While previewing (astro dev) a mistake should not take the whole site down.
        const skipBroken = command !== "build" || skipBrokenRequested();
        if (skipBroken && !result.showBroken) {
          skipped = result.brokenEpisodes;
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
