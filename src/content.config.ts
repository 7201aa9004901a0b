import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { contentDir } from "./config/paths.ts";
import { EpisodeSchema } from "./schemas/episode.ts";
import { PersonSchema } from "./schemas/person.ts";
import { ShowSchema } from "./schemas/show.ts";
import { episodesLoader } from "./loaders/episodes-loader.ts";
import { singleYamlLoader } from "./loaders/single-yaml-loader.ts";

export const collections = {
  show: defineCollection({ loader: singleYamlLoader({ file: `${contentDir}/show.yaml`, entryId: "show" }), schema: ShowSchema }),
  people: defineCollection({ loader: file(`${contentDir}/people.yaml`), schema: PersonSchema }),
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
