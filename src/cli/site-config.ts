import { existsSync, mkdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroConfig, AstroIntegration, AstroUserConfig } from "astro";
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
  /** Other integrations whose setup could not be run here, with why: the Markdown plugins they add are not checked. */
  notRun?: { integration: string; reason: string }[];
}

/**
 * Reads the site's astro.config.mjs the way Astro does (through Vite, so a
 * TypeScript config and TypeScript imports work), so `shownotes check`
 * checks the folder the build reads, with the Markdown plugins the build
 * runs. The shownotes integration in it is swapped for its options-only
 * stand-in (src/integrations/shownotes/options-only.ts): the options are
 * validated by the same code, and nothing of shownotes' build is loaded.
 * The site's other integrations are set up as Astro sets them up, for the
 * Markdown plugins they add (withIntegrationSetups).
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
  const written = (typeof module.default === "function" ? await module.default() : module.default) as AstroUserConfig | undefined;
  const options = findShownotesOptions(written?.integrations);
  const { config, notRun } = await withIntegrationSetups(written ?? {}, root);
  return {
    file: name,
    ...(options ? { contentDir: options.content } : {}),
    siteMarkdown: siteMarkdownOf({ remarkPlugins: [], rehypePlugins: [], ...config.markdown } as AstroConfig["markdown"]),
    ...(notRun.length > 0 ? { notRun } : {}),
  };
}

/**
 * The config as the site's other integrations leave it: each one's
 * `astro:config:setup` hook run in order, as Astro runs them, so Markdown
 * plugins an integration adds (through `updateConfig`) are run by the check
 * as the build runs them. Astro's own hook runner is internal to it (not in
 * its package exports), hence this small one. Only `updateConfig` does
 * anything here; what an integration adds to the build itself (routes,
 * scripts, renderers) does not concern the content. An integration whose
 * setup throws is named, and the check goes on without it.
 */
async function withIntegrationSetups(written: AstroUserConfig, root: string): Promise<{ config: Pick<AstroUserConfig, "markdown">; notRun: { integration: string; reason: string }[] }> {
  const { mergeConfig } = await import("astro/config");
  const rootUrl = pathToFileURL(join(root, "/"));
  // As Astro hands it to hooks: folders resolved to URLs.
  let config: Omit<AstroUserConfig, "root" | "srcDir" | "publicDir" | "outDir"> & { root: URL; srcDir: URL; publicDir: URL; outDir: URL } = {
    ...written,
    // Astro's defaults for what integrations read most: their Markdown and build settings.
    markdown: { remarkPlugins: [], rehypePlugins: [], ...written.markdown },
    build: { format: "directory", ...written.build },
    root: rootUrl,
    srcDir: new URL("src/", rootUrl),
    publicDir: new URL("public/", rootUrl),
    outDir: new URL("dist/", rootUrl),
    integrations: [...((written.integrations ?? []) as unknown[]).flat(Infinity).filter(Boolean)] as AstroIntegration[],
  };
  const notRun: { integration: string; reason: string }[] = [];
  const noop = () => {};
  const codegenRoot = new URL("node_modules/.astro/", rootUrl);
  // Integrations an integration adds are appended and set up in turn, as Astro does.
  for (let index = 0; index < (config.integrations as AstroIntegration[]).length; index++) {
    const integration = (config.integrations as AstroIntegration[])[index]!;
    const setup = integration.hooks?.["astro:config:setup"];
    if (!setup || (integration as { [RESOLVED_OPTIONS]?: unknown })[RESOLVED_OPTIONS]) continue;
    const quiet = { info: noop, warn: noop, error: noop, debug: noop, options: {}, label: integration.name, fork: () => quiet };
    const given: Record<string, unknown> = {
      config,
      command: "build",
      isRestart: false,
      updateConfig: (update: AstroUserConfig) => {
        const { integrations: added, ...rest } = update;
        config = mergeConfig(config as Record<string, unknown>, rest as Record<string, unknown>) as typeof config;
        if (added) config.integrations = [...(config.integrations as AstroIntegration[]), ...(added as unknown[]).flat(Infinity).filter(Boolean)] as AstroIntegration[];
        params.config = config;
        return config as unknown as AstroConfig;
      },
      // Astro makes each integration a folder of its own under the cache for generated code.
      createCodegenDir: () => {
        const dir = new URL(`integrations/${integration.name.replace(/[^\w.-]+/g, "-")}/`, codegenRoot);
        mkdirSync(dir, { recursive: true });
        return dir;
      },
      logger: quiet,
    };
    // Everything else Astro hands a setup hook (addRenderer, injectRoute, addPageExtension,
    // addContentEntryType…) adds to the build, not to the Markdown: here each is a no-op.
    const params = new Proxy(given, { get: (target, name) => (name in target ? target[name as string] : typeof name === "string" && /^(add|inject)/.test(name) ? noop : undefined) });
    try {
      await setup(params as unknown as Parameters<NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>>[0]);
    } catch (error) {
      notRun.push({ integration: integration.name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { config: { markdown: config.markdown ?? {} }, notRun };
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
