import { readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import * as pagefind from "pagefind";
import { toIndexView } from "../lib/search/index-html.ts";

/**
 * Builds the search index as part of `astro build` (issue 5): at
 * `astro:build:done` every built page goes through Pagefind's Node API, and
 * the bundle is written to `<outDir>/pagefind/`. No copy in `public/`, no
 * second command. Any error Pagefind reports fails the build.
 *
 * Pages are handed over with `addHTMLFile` rather than `addDirectory` so CJK
 * text can be pre-segmented on the way in (src/lib/search/segment.ts) while
 * the served HTML stays byte-for-byte what Astro wrote. Only pages with a
 * `data-pagefind-body` region are indexed (episode pages).
 *
 * It also builds `pagefind/precise/pagefind.js`, the precise query path the
 * search UI loads in place of Pagefind's own module
 * (src/lib/search/pagefind-module.ts).
 */
export function pagefindSearch(): AstroIntegration {
  return {
    name: "shownotes:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundleDir = fileURLToPath(new URL("pagefind/", dir));
        const problems: string[] = [];
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors });
          problems.push(...errors);
          if (!index) throw new SearchIndexError(problems);
          let indexed = 0;
          for (const { pathname } of pages) {
            const file = new URL(`${pathname}index.html`.replace(/^\//, ""), dir);
            const served = await readFile(file, "utf8").catch(() => undefined);
            if (served === undefined) continue;
            const view = toIndexView(served);
            if (!view.indexed) continue;
            const added = await index.addHTMLFile({ url: `/${pathname}`.replace(/\/+/g, "/"), content: view.html });
            problems.push(...added.errors.map((error) => `${pathname || "/"}: ${error}`));
            indexed++;
          }
          await rm(bundleDir, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: bundleDir });
          problems.push(...written.errors);
          if (problems.length > 0) throw new SearchIndexError(problems);
          await buildPreciseModule(bundleDir);
          logger.info(`Search index: ${indexed} page(s) written to ${bundleDir.slice(outDir.length - 1)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Parts of the episode page that are not the episode's words, left out by
 * selector so their components' HTML stays as their own tests pin it (the
 * player, the paragraphs' time/copy row, the facts and tag list carry
 * data-pagefind-ignore instead): notes about the page ("times are
 * estimates") and the newsletter block, which repeats the takeaways with
 * copy buttons.
 */
const excludeSelectors = [".transcript > .note", ".chapters > .note", "newsletter-copy"];

class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`Building the search index failed:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

async function buildPreciseModule(bundleDir: string) {
  await build({
    entryPoints: [fileURLToPath(new URL("../lib/search/pagefind-module.ts", import.meta.url))],
    outfile: `${bundleDir}precise/pagefind.js`,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
}
