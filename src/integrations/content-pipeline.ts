import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { countErrors, formatProblem, readContent } from "../lib/pipeline/index.ts";
import { EpisodeStore, type StoredEpisode } from "../lib/pipeline/episode-store.ts";
import { buildDespiteErrors, publishesEpisode, skipBrokenRequested } from "../lib/pipeline/publish-rules.ts";
import { openEpisodeSearchDocuments, type EpisodeSearchDocuments } from "../lib/search/episode-documents.ts";
import { siteMarkdownOf } from "../lib/markdown/render-summary.ts";
import { EpisodeSchema } from "../schemas/episode.ts";
import type { Show } from "../schemas/show.ts";
import { uiStrings } from "../i18n/index.ts";
import { sortEpisodesNewestFirst } from "../lib/page-data/episode-order.ts";
import { episodeShareImages, localArtwork } from "../lib/share-image/index.ts";
import { drawAhead, type DrawingAhead } from "../lib/share-image/draw-ahead.ts";

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
  let drawing: DrawingAhead | undefined;
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
        let settings: Show | undefined;
        const recalled = new Map<string, StoredEpisode>();
        // What the site will publish, for drawing its share images ahead (draw-ahead.ts).
        const published = new Map<string, StoredEpisode>();
        const result = await readContent(root, options.contentDir, {
          parallel: true,
          siteMarkdown: siteMarkdownOf(config.markdown),
          onSettings: async ({ show, peopleById }) => {
            settings = show;
            if (indexing && show) documents = await openEpisodeSearchDocuments({ cacheDir: config.cacheDir, show, people: peopleById, onCurrent: indexing });
          },
          // Unchanged since the last build: not read again (nor its transcript parsed), its problems reported as remembered.
          recall: (slug, key) => {
            const stored = store.recall(slug, key);
            if (stored) recalled.set(slug, stored);
            return stored?.problems;
          },
          onRecalled: async (slug, key) => {
            const stored = recalled.get(slug)!;
            recalled.delete(slug);
            if (publishesEpisode(stored)) published.set(slug, stored);
            if (documents && publishesEpisode(stored)) await documents.put(slug, key, stored.entry!);
          },
          onEpisode: async (model, key) => {
            const stored = await store.put(model, key);
            if (publishesEpisode(stored)) published.set(model.slug, stored);
            if (documents && publishesEpisode(stored)) await documents.put(model.slug, key, stored.entry!, model.episode?.transcript?.paragraphs);
          },
        });
        await store.keepOnly(new Set(result.episodes));
        await documents?.finish();

        for (const problem of result.problems) {
          if (problem.severity === "error") logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        const errors = countErrors(result.problems);
        // Called wherever the build goes on from here: its share images can be drawn ahead.
        const goOn = async () => {
          if (command !== "build" || !settings) return;
          drawing = await startDrawingAhead(settings, published, fileURLToPath(config.publicDir), fileURLToPath(config.cacheDir));
          if (drawing?.pictures) logger.info(`Drawing ${drawing.pictures} link-preview pictures on a second thread while the pages are built.`);
        };
        if (errors === 0) return goOn();
        if (despite) {
          logger.warn(`Building despite ${errors} error${errors === 1 ? "" : "s"} (SHOWNOTES_TEST_BUILD_DESPITE_ERRORS=1, for tests only).`);
          return goOn();
        }
        // While previewing (astro dev) a mistake should not take the whole site down.
        const skipBroken = command !== "build" || skipBrokenRequested();
        if (skipBroken && !result.showBroken) {
          skipped = result.brokenEpisodes;
          logger.warn(`Leaving out ${skipped.length} episode${skipped.length === 1 ? "" : "s"} with errors: ${skipped.join(", ")}`);
          return goOn();
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
      "astro:build:done": async ({ logger }) => {
        await drawing?.stop();
        if (skipped.length === 0) return;
        logger.warn(`Built without these episodes, which have errors (run \`npx shownotes check\` to see them): ${skipped.join(", ")}`);
      },
    },
  };
}

/**
 * Draws the published episodes' share images ahead of the share.png route
 * (draw-ahead.ts), from the same list the route makes (episodeShareImages).
 * Only a head start: if anything here fails, the route draws every image.
 */
async function startDrawingAhead(show: Show, published: ReadonlyMap<string, StoredEpisode>, publicDir: string, cacheDir: string): Promise<DrawingAhead | undefined> {
  try {
    const entries = [...published].flatMap(([id, stored]) => {
      const data = EpisodeSchema.parse(stored.entry!.data);
      return data.draft ? [] : [{ id, data }];
    });
    const artwork = await localArtwork(publicDir, show.artwork);
    const images = episodeShareImages(show, sortEpisodesNewestFirst(entries), uiStrings, artwork);
    return drawAhead(cacheDir, images.map((image) => image.content));
  } catch {
    return undefined;
  }
}
