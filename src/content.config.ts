import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { contentDir } from "./config/paths.ts";
import { removeControlCharacters } from "./lib/control-characters.ts";
import { EpisodeSchema } from "./schemas/episode.ts";
import { PersonSchema } from "./schemas/person.ts";
import { ShowSchema } from "./schemas/show.ts";
import { episodesLoader } from "./loaders/episodes-loader.ts";
import { singleYamlLoader } from "./loaders/single-yaml-loader.ts";

/** people.yaml as Astro's file() loader reads YAML, without control characters (src/lib/control-characters.ts). */
const peopleParser = (text: string) => parseYaml(removeControlCharacters(text)) as Record<string, Record<string, unknown>>;

export const collections = {
  show: defineCollection({ loader: singleYamlLoader({ file: `${contentDir}/show.yaml`, entryId: "show" }), schema: ShowSchema }),
  people: defineCollection({ loader: file(`${contentDir}/people.yaml`, { parser: peopleParser }), schema: PersonSchema }),
  episodes: defineCollection({
    loader: episodesLoader({
      base: `${contentDir}/episodes`,
      glossary: `${contentDir}/glossary.yaml`,
      show: `${contentDir}/show.yaml`,
      people: `${contentDir}/people.yaml`,
    }),
    schema: EpisodeSchema,
  }),
};
