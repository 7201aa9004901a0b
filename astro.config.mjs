// @ts-check
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import { parse as parseYaml } from "yaml";
import { cacheDirFor, contentDir } from "./src/config/paths.ts";
import { buildInfo } from "./src/integrations/build-info.ts";
import { contentCheck } from "./src/integrations/content-check.ts";
import { pagefindSearch } from "./src/integrations/pagefind.ts";
import { stagedOutput } from "./src/integrations/staged-output.ts";
import { remarkPlugins, rehypePluginsFor } from "./src/lib/markdown/index.ts";

// The site's public address lives with the show's other settings, so a
// podcaster edits one file (content/show.yaml), not this one.
// Read leniently: when show.yaml is missing or broken, the content check
// (integrations below) stops the build with the file, line and the fix.
const show = readShowSettings();

function readShowSettings() {
  try {
    const settings = parseYaml(readFileSync(new URL(`./${contentDir}/show.yaml`, import.meta.url), "utf8"));
    return settings && typeof settings === "object" ? settings : {};
  } catch {
    return {};
  }
}

export default defineConfig({
  site: typeof show.url === "string" && URL.canParse(show.url) ? show.url : undefined,
  trailingSlash: "always",
  build: { format: "directory" },
  cacheDir: cacheDirFor(contentDir),
  // Astro 7's default Markdown processor is not unified; summaries rely on
  // remark/rehype plugins, so the unified processor is chosen explicitly.
  markdown: { processor: unified({ remarkPlugins, rehypePlugins: rehypePluginsFor(show) }) },
  // stagedOutput last: it swaps the finished site into dist/ after every other hook has written to it.
  integrations: [buildInfo(), contentCheck({ contentDir }), pagefindSearch(), stagedOutput()],
});
