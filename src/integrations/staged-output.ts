import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * The last good site survives a bad build. Astro empties `dist/` as soon as
 * it starts writing, so a build that fails or is killed half-way used to
 * leave a podcaster whose deploy step copies `dist/` with a broken site.
 * Instead the build writes into a staging folder beside `dist/`
 * (`.dist.staging/`, on the same disk so the swap is a rename), and only
 * when every hook has finished does the finished site take `dist/`'s place.
 *
 * Add it last in `integrations`: its `astro:build:done` must run after the
 * other integrations (the search index) have written into the folder.
 */
export function stagedOutput(): AstroIntegration {
  let finalDir: string | undefined;
  let stagingDir: string | undefined;
  return {
    name: "shownotes:staged-output",
    hooks: {
      "astro:config:setup": async ({ config, command, updateConfig }) => {
        if (command !== "build") return;
        finalDir = fileURLToPath(config.outDir).replace(/\/+$/, "");
        stagingDir = join(dirname(finalDir), `.${basename(finalDir)}.staging`);
        await recoverInterruptedSwap(finalDir);
        // What a failed or killed earlier build left behind is not a site: start clean.
        await rm(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!finalDir || !stagingDir || fileURLToPath(dir).replace(/\/+$/, "") !== stagingDir) return;
        const previous = previousDir(finalDir);
        await rm(previous, { recursive: true, force: true });
        if (existsSync(finalDir)) await rename(finalDir, previous);
        await rename(stagingDir, finalDir);
        await rm(previous, { recursive: true, force: true });
        logger.info(`The finished site replaced ${basename(finalDir)}/.`);
      },
    },
  };
}

function previousDir(finalDir: string): string {
  return join(dirname(finalDir), `.${basename(finalDir)}.previous`);
}

/**
 * The swap is two renames; a build killed between them leaves the last good
 * site under `.dist.previous/` and no `dist/`. Put it back before anything else.
 */
async function recoverInterruptedSwap(finalDir: string): Promise<void> {
  const previous = previousDir(finalDir);
  if (!existsSync(previous)) return;
  if (existsSync(finalDir)) await rm(previous, { recursive: true, force: true });
  else await rename(previous, finalDir);
}
