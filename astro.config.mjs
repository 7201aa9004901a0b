// @ts-check
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import { parse as parseYaml } from "yaml";
import { contentDir } from "./src/config/paths.ts";
import { buildInfo } from "./src/integrations/build-info.ts";
import { remarkPlugins, rehypePlugins } from "./src/lib/markdown/index.ts";

// The site's public address lives with the show's other settings, so a
// podcaster edits one file (content/show.yaml), not this one.
const show = parseYaml(readFileSync(new URL(`./${contentDir}/show.yaml`, import.meta.url), "utf8"));

export default defineConfig({
  site: show.url,
  trailingSlash: "always",
  build: { format: "directory" },
  // One cache per content folder, so building a test fixture show never
  // reuses the sample show's cached entries.
  ...(contentDir === "content" ? {} : { cacheDir: `./node_modules/.astro/${contentDir.replace(/[^\w-]+/g, "_")}` }),
  // Astro 7's default Markdown processor is not unified; summaries rely on
  // remark/rehype plugins, so the unified processor is chosen explicitly.
  markdown: { processor: unified({ remarkPlugins, rehypePlugins }) },
  integrations: [buildInfo()],
});
