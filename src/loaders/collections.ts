import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import shownotesConfig from "virtual:shownotes/config";
import { removeControlCharacters } from "../lib/text/control-characters.ts";
import { EpisodeSchema } from "../schemas/episode.ts";
import { PersonSchema } from "../schemas/person.ts";
import { ShowSchema } from "../schemas/show.ts";
import { episodesLoader } from "./episodes-loader.ts";
import { singleYamlLoader } from "./single-yaml-loader.ts";

/**
 * A site's whole content.config.ts:
 *
 *     import { shownotesCollections } from "shownotes/loaders";
 *     export const collections = shownotesCollections();
 *
 * The package owns the loaders and the schemas. The content folder comes
 * from the `shownotes({ content })` option in astro.config.mjs, handed over
 * by the integration as `virtual:shownotes/config`: Astro loads this file
 * through Vite (in `astro sync`, dev and build alike) with the integration's
 * Vite plugin in place, so the folder is named once, in astro.config.mjs.
 */
/** people.yaml as Astro's file() loader reads YAML, but with the same parser as the content check and without control characters. */
const peopleParser = (text: string) => parseYaml(removeControlCharacters(text)) as Record<string, Record<string, unknown>>;

export function shownotesCollections() {
  const contentDir = shownotesConfig.contentDir;
  return {
    show: defineCollection({ loader: singleYamlLoader({ file: `${contentDir}/show.yaml`, entryId: "show" }), schema: ShowSchema }),
    people: defineCollection({ loader: file(`${contentDir}/people.yaml`, { parser: peopleParser }), schema: PersonSchema }),
    episodes: defineCollection({
      loader: episodesLoader({ contentDir }),
      schema: EpisodeSchema,
    }),
  };
}
