import { constants } from "node:fs";
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { removeControlCharacters } from "../lib/text/control-characters.ts";

/**
 * Loads one YAML file as a single entry (`id` = `entryId`), e.g. the show's
 * settings. Astro's `file()` loader wants a list or map of entries; the show
 * is one object.
 */
export function singleYamlLoader(options: { file: string; entryId: string }): Loader {
  return {
    name: "single-yaml-loader",
    async load({ config, store, parseData, generateDigest, logger, watcher }) {
      const url = new URL(options.file, config.root);
      const filePath = relative(fileURLToPath(config.root), fileURLToPath(url));
      const sync = async () => {
        // Not following links: nothing outside content/ is read (the content check refuses them too).
        const text = await readFile(url, { encoding: "utf8", flag: constants.O_RDONLY | constants.O_NOFOLLOW });
        // Control characters are removed, as the content check said (src/lib/text/control-characters.ts).
        const raw = parseYaml(removeControlCharacters(text)) as Record<string, unknown>;
        const data = await parseData({ id: options.entryId, data: raw, filePath });
        store.set({ id: options.entryId, data, filePath, digest: generateDigest(text) });
      };
      await sync();
      // `astro dev`: an edit shows on the next page load; a broken edit keeps the last good settings and says why.
      watcher?.add(fileURLToPath(url));
      watcher?.on("change", (changedPath) => {
        if (changedPath !== fileURLToPath(url)) return;
        sync().then(
          () => logger.info(`Reloaded ${filePath}`),
          (error: Error) => logger.error(`Could not reload ${filePath}: ${error.message}`),
        );
      });
    },
  };
}
