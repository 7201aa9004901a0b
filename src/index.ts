import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { parse as parseYaml } from "yaml";
import { cacheDirFor } from "./config/paths.ts";
import { buildInfo } from "./integrations/build-info.ts";
import { contentPipeline } from "./integrations/content-pipeline.ts";
import { pagefindSearch } from "./integrations/pagefind.ts";
import { stagedOutput } from "./integrations/staged-output.ts";
import { withSummaryPlugins } from "./integrations/shownotes/markdown-processor.ts";
import { parseShownotesOptions, RESOLVED_OPTIONS, type ShownotesOptions, type ShownotesUserOptions } from "./integrations/shownotes/options.ts";
import { ROUTES } from "./integrations/shownotes/routes.ts";
import { runParts } from "./integrations/shownotes/run-parts.ts";
import { shownotesVirtualModules } from "./integrations/shownotes/virtual-modules.ts";
import { AstroError } from "astro/errors";
import { publishesOwnFeed } from "./lib/urls/feed-url.ts";
import { basePath } from "./lib/urls/site-urls.ts";
import { ShowSchema, type Show } from "./schemas/show.ts";

/** Routes Astro renders at once (its `build.concurrency`), unless the site sets its own. */
const RENDER_CONCURRENCY = 4;

export type { ShownotesUserOptions as ShownotesOptions } from "./integrations/shownotes/options.ts";
export { COMPONENT_NAMES, type ComponentName } from "./integrations/shownotes/options.ts";

/**
 * The shownotes Astro integration: a podcast's show notes site from a
 * content folder. In astro.config.mjs:
 *
 *     import shownotes from "shownotes";
 *     export default defineConfig({ integrations: [shownotes()] });
 *
 * It orchestrates and computes nothing itself: it checks the options, reads
 * the show's settings once, publishes the package's pages (src/routes/),
 * puts the summary plugins on the site's Markdown processor, hands the
 * options to pages and loaders (virtual modules), and runs its parts (the
 * content check, the search index and the build line: src/integrations/)
 * from its own hooks.
 */
export default function shownotes(userOptions: ShownotesUserOptions = {}): AstroIntegration & { [RESOLVED_OPTIONS]: ShownotesOptions } {
  const options = parseShownotesOptions(userOptions);
  const search = options.search ? pagefindSearch() : undefined;
  // The search index hears of each episode's search document as soon as the content pipeline has made it.
  const content = contentPipeline({ contentDir: options.content, indexDocument: search && ((file) => search.indexDocument(file)) });
  const parts = [buildInfo(), ...(search ? [search] : []), content];
  return {
    name: "shownotes",
    [RESOLVED_OPTIONS]: options,
    hooks: runParts(parts, {
      "astro:config:setup": ({ config, updateConfig, injectRoute }) => {
        const root = fileURLToPath(config.root);
        const show = readShowSettings(join(root, options.content, "show.yaml"));
        for (const route of ROUTES) {
          if (route.when === "search" && !options.search) continue;
          // An unreadable show.yaml stops the build in the content check; the feed is kept until then.
          if (route.when === "own-feed" && show && !publishesOwnFeed(show)) continue;
          injectRoute({ pattern: route.pattern, entrypoint: new URL(`./routes/${route.file}`, import.meta.url), prerender: true });
        }
        // One cache folder per content folder, so building one show never reuses another's entries.
        const ownCacheDir = config.cacheDir.href === new URL("node_modules/.astro/", config.root).href ? new URL(`${cacheDirFor(options.content)}/`, config.root) : undefined;
        const base = show ? siteBase(show.url, config.base) : undefined;
        updateConfig({
          // The site's address lives with the show's other settings, so a podcaster edits one file (show.yaml).
          ...(config.site === undefined && show ? { site: show.url } : {}),
          // Published under a path (https://name.github.io/podcast/): Astro puts its own files
          // (/_astro/…) there, and every link shownotes builds carries the same path (src/lib/urls/site-urls.ts).
          ...(base ? { base } : {}),
          trailingSlash: "always",
          // Astro renders one route at a time by default and waits for each file to be written
          // before rendering the next; four at once keep the processor busy while files are
          // written (1,000 two-hour episodes: 0.92x the wall time, same bytes). A site's own
          // setting other than Astro's default of 1 is kept.
          build: { format: "directory", ...(config.build.concurrency === 1 ? { concurrency: RENDER_CONCURRENCY } : {}) },
          ...(ownCacheDir ? { cacheDir: ownCacheDir } : {}),
          markdown: { processor: withSummaryPlugins(config.markdown, show) },
          vite: { plugins: [shownotesVirtualModules(options, root, { publicDir: config.publicDir, cacheDir: ownCacheDir ?? config.cacheDir })] },
          // Added through updateConfig, so it runs after every integration of the site: the finished
          // site replaces dist/ only once everything (the search index, a site's own integrations) wrote into it.
          integrations: [stagedOutput()],
        });
      },
      // The site's editor and type checker learn the modules the package's own files import (virtual:shownotes/*).
      "astro:config:done": ({ injectTypes }) => {
        injectTypes({ filename: "types.d.ts", content: '/// <reference types="shownotes/virtual-modules" />\n' });
      },
    }),
  };
}

export { shownotes };

/**
 * Astro's `base`: the path of show.yaml's `url`. show.yaml decides, because
 * the feed, the sitemap and every link are built from that address; a
 * `base` in astro.config.mjs is accepted only when it says the same (or is
 * `/`, Astro's default, which is indistinguishable from leaving it out), and
 * otherwise stops the build rather than publish links to two places.
 */
export function siteBase(showUrl: string, configBase: string): string {
  const base = basePath(showUrl);
  const given = basePath(new URL(configBase, "http://base.invalid"));
  if (given !== "/" && given !== base) {
    throw new AstroError(
      `astro.config.mjs sets base to "${configBase}", but the url in show.yaml (${showUrl}) puts the site at ${base}.`,
      `The site's address comes from show.yaml: remove base from astro.config.mjs, or change url in show.yaml to end in ${given}.`,
    );
  }
  return base;
}

/**
 * show.yaml, validated by the show schema, or `undefined` when it is
 * missing or invalid: the content check, which runs next, then stops the
 * build naming the file, the line and the fix, so this read stays quiet.
 */
function readShowSettings(file: string): Show | undefined {
  try {
    const result = ShowSchema.safeParse(parseYaml(readFileSync(file, "utf8")));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
