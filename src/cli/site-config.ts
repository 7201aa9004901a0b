import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { AstroConfig, AstroUserConfig } from "astro";
import { RESOLVED_OPTIONS, type ShownotesOptions } from "../integrations/shownotes/options.ts";
import { siteMarkdownOf, type SiteMarkdown } from "../lib/markdown/render-summary.ts";
import { ownPackage } from "./package-root.ts";

/** The file names Astro looks for, in its order. */
const CONFIG_FILES = ["astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts", "astro.config.cjs", "astro.config.cts"];

export interface SiteConfig {
  /** The config file read, from the project root; none when the folder has no Astro config. */
  file?: string;
  /** The content folder `shownotes({ content })` names (or its default). */
  contentDir?: string;
  /** The site's own Markdown plugins and settings, which the build runs on every summary too. */
  siteMarkdown?: SiteMarkdown;
}

/**
 * Reads the site's astro.config.mjs the way Astro does (through Vite, so a
 * TypeScript config and TypeScript imports work), so `shownotes check`
 * checks the folder the build reads, with the Markdown plugins the build
 * runs. The shownotes integration in it is swapped for its options-only
 * stand-in (src/integrations/shownotes/options-only.ts): the options are
 * validated by the same code, and nothing of the build is loaded.
 */
export async function readSiteConfig(root: string): Promise<SiteConfig> {
  const name = CONFIG_FILES.find((candidate) => existsSync(join(root, candidate)));
  if (!name) return {};
  const { runnerImport } = await import("vite");
  const own = ownPackage();
  const integrationEntry = realpathSync(join(own.root, "src/index.ts"));
  const optionsOnly = join(own.root, "src/integrations/shownotes/options-only.ts");
  const { module } = await runnerImport<{ default?: unknown }>(join(root, name), {
    root,
    configFile: false,
    logLevel: "silent",
    plugins: [
      {
        name: "shownotes-check:options-only",
        enforce: "pre",
        async resolveId(source, importer, options) {
          if (source !== "shownotes" && !source.endsWith("/index.ts")) return null;
          const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
          if (resolved && !resolved.external && existsSync(resolved.id) && realpathSync(resolved.id) === integrationEntry) return optionsOnly;
          return null;
        },
      },
    ],
  });
  const config = (typeof module.default === "function" ? await module.default() : module.default) as AstroUserConfig | undefined;
  const options = findShownotesOptions(config?.integrations);
  return {
    file: name,
    ...(options ? { contentDir: options.content } : {}),
    siteMarkdown: siteMarkdownOf({ remarkPlugins: [], rehypePlugins: [], ...config?.markdown } as AstroConfig["markdown"]),
  };
}

/** The validated options of the shownotes integration among a config's integrations (which may be nested lists). */
function findShownotesOptions(integrations: unknown): ShownotesOptions | undefined {
  if (!Array.isArray(integrations)) return undefined;
  for (const entry of integrations.flat(Infinity)) {
    const options = (entry as { [RESOLVED_OPTIONS]?: ShownotesOptions } | null)?.[RESOLVED_OPTIONS];
    if (options) return options;
  }
  return undefined;
}
