import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { siteMarkdownOf } from "../lib/markdown/render-summary.ts";
import { countErrors, formatProblem, readContent, readOneEpisode, type Problem } from "../lib/pipeline/index.ts";
import { EpisodeStore, type StoredEpisode } from "../lib/pipeline/episode-store.ts";
import { publishesEpisode } from "../lib/pipeline/publish-rules.ts";

/** How long an edited file must stay unchanged before it is read again: longer than the watcher's 50 ms. */
const SETTLE_MS = 150;

export interface EpisodesLoaderOptions {
  /** The content folder (holding show.yaml and episodes/), relative to the project root. */
  contentDir: string;
}

/**
 * Publishes the episodes the content pipeline read (src/lib/pipeline/):
 * before content is loaded, the shownotes integration reads every episode
 * folder into the episode store (src/integrations/content-pipeline.ts); this
 * loader stores each model's entry as it is. An episode whose model has not
 * changed (same key) keeps its entry; one with errors is left out.
 *
 * While `astro dev` runs, it reads an edited episode again with the same
 * pipeline, so the page shows the edit on the next load without a restart.
 */
export function episodesLoader(options: EpisodesLoaderOptions): Loader {
  return {
    name: "episodes-loader",
    async load(context) {
      const { config, store, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const models = new EpisodeStore(config.cacheDir);
      const publish = entryPublisher(context);

      const publishAll = async () => {
        const slugs = await storedSlugs(models.folder);
        for (const slug of slugs) {
          const stored = models.get(slug);
          if (stored && publishesEpisode(stored)) await publish(slug, stored);
          else store.delete(slug);
        }
        for (const id of store.keys()) if (!slugs.has(id)) store.delete(id);
      };
      await publishAll();

      if (!watcher) return;
      // `astro dev`: edits show on the next page load, without a restart.
      const contentPath = join(root, options.contentDir);
      const episodesPath = join(contentPath, "episodes");
      const settingsFiles = new Set(["show.yaml", "people.yaml", "glossary.yaml"].map((name) => join(contentPath, name)));
      for (const file of settingsFiles) watcher.add(file);
      watcher.add(episodesPath);
      const siteMarkdown = siteMarkdownOf(config.markdown);
      const report = (problems: readonly Problem[]) => {
        for (const problem of problems) (problem.severity === "error" ? logger.error : logger.warn).call(logger, formatProblem(problem));
      };

      /** The show's settings changed: every episode is read with them again (its key includes them). */
      const reloadAll = async () => {
        const result = await readContent(root, options.contentDir, {
          siteMarkdown,
          recall: (slug, key) => models.recall(slug, key)?.problems,
          onEpisode: async (model, key) => {
            await models.put(model, key);
          },
        });
        await models.keepOnly(new Set(result.episodes));
        report(result.problems);
        await publishAll();
      };

      /** One episode folder changed: read it again; a version with errors leaves the last good one on the page. */
      const reloadEpisode = async (slug: string) => {
        const read = await readOneEpisode(root, options.contentDir, slug, { siteMarkdown });
        const folder = `${relative(root, join(episodesPath, slug))}/`;
        if (!read) {
          store.delete(slug);
          await models.remove(slug);
          logger.info(`${folder} is no longer an episode (no index.md): its page is gone`);
          return;
        }
        report(read.model.problems);
        const stored = await models.put(read.model, read.key);
        if (publishesEpisode(stored)) {
          await publish(slug, stored);
          logger.info(`Reloaded ${folder}`);
        } else {
          const errors = countErrors(stored.problems);
          logger.warn(`${folder} has ${errors} error${errors === 1 ? "" : "s"} (listed above): ${store.has(slug) ? "its page keeps its last good version" : "it has no page"} until they are fixed`);
        }
      };

      // One change at a time, in order: a save that touches two files of an episode reads it twice, never at once.
      let queue = Promise.resolve();
      const enqueue = (what: string, task: () => Promise<void>) => {
        queue = queue.then(task).catch((error: Error) => logger.error(`Could not reload ${what}: ${error.message}`));
      };
      // A save is often two writes (truncate, then the new text), and the watcher drops a second
      // "change" of a file that comes within 50 ms of the first. Reading at the first event can
      // catch the file empty, with no event left to read it again; so each file or folder is read
      // once it has been quiet for a moment, and every event in between only restarts the wait.
      const settling = new Map<string, ReturnType<typeof setTimeout>>();
      const afterQuiet = (what: string, task: () => Promise<void>) => {
        clearTimeout(settling.get(what));
        settling.set(
          what,
          setTimeout(() => {
            settling.delete(what);
            enqueue(what, task);
          }, SETTLE_MS),
        );
      };
      const onFileEvent = (changedPath: string) => {
        if (settingsFiles.has(changedPath)) {
          afterQuiet(relative(root, changedPath), reloadAll);
          return;
        }
        // The watcher reports every file of the project; an episode's are under episodes/<slug>/.
        const [slug] = relative(episodesPath, changedPath).split(sep);
        if (!slug || slug.startsWith("..")) return;
        afterQuiet(`${relative(root, join(episodesPath, slug))}/`, () => reloadEpisode(slug));
      };
      for (const event of ["add", "change", "unlink", "addDir", "unlinkDir"] as const) watcher.on(event, onFileEvent);
    },
  };
}

/** Stores an episode's entry, validated by the collection's schema, unless the store already has this very model. */
function entryPublisher({ store, parseData }: LoaderContext) {
  return async (slug: string, stored: StoredEpisode) => {
    if (store.get(slug)?.digest === stored.key) return;
    const entry = stored.entry!;
    const data = await parseData({ id: slug, data: entry.data, filePath: entry.filePath });
    store.set({ id: slug, data, body: entry.body, filePath: entry.filePath, digest: stored.key, rendered: entry.rendered });
  };
}

async function storedSlugs(folder: string): Promise<Set<string>> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return new Set(names.filter((name) => name.endsWith(".json")).map((name) => name.slice(0, -".json".length)));
}
