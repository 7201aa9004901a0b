import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ViteUserConfig } from "astro";
import { COMPONENT_NAMES, type ShownotesOptions, type ShownotesRuntimeConfig } from "./options.ts";

type VitePlugin = NonNullable<ViteUserConfig["plugins"]>[number];

const CONFIG_ID = "virtual:shownotes/config";
const USER_CSS_ID = "virtual:shownotes/user-css";
const COMPONENT_PREFIX = "virtual:shownotes/components/";

/**
 * The integration's options, handed to the package's own pages, components
 * and loaders as modules. Vite serves them to `astro dev`, `astro build` and
 * to `astro sync` (which loads content.config.ts), so the content folder a
 * site chose reaches `shownotesCollections()` without the site repeating it.
 *
 * - `virtual:shownotes/config`: the runtime settings (content folder, search on or off, the build's folders).
 * - `virtual:shownotes/components/<Name>`: the site's override of a component, or the package's own.
 * - `virtual:shownotes/user-css`: imports every `customCss` file, after the package's styles.
 */
export function shownotesVirtualModules(options: ShownotesOptions, root: string, folders: { publicDir: URL; cacheDir: URL }): VitePlugin {
  const runtime: ShownotesRuntimeConfig = {
    contentDir: options.content,
    search: options.search,
    publicDir: fileURLToPath(folders.publicDir),
    cacheDir: fileURLToPath(folders.cacheDir),
  };
  const siteFile = (file: string) => (file.startsWith(".") || isAbsolute(file) ? resolve(root, file) : file);
  const modules = new Map<string, string>([
    [CONFIG_ID, `export default ${JSON.stringify(runtime)};`],
    [USER_CSS_ID, options.customCss.map((file) => `import ${JSON.stringify(siteFile(file))};`).join("\n")],
  ]);
  for (const name of COMPONENT_NAMES) {
    const override = options.components[name];
    const file = override ? siteFile(override) : fileURLToPath(new URL(`../../components/${name}.astro`, import.meta.url));
    modules.set(`${COMPONENT_PREFIX}${name}`, `export { default } from ${JSON.stringify(file)};`);
  }
  return {
    name: "shownotes:virtual-modules",
    resolveId(id) {
      if (modules.has(id)) return `\0${id}`;
      if (id.startsWith(COMPONENT_PREFIX)) {
        throw new Error(`${id}: shownotes has no component called "${id.slice(COMPONENT_PREFIX.length)}" (it has ${COMPONENT_NAMES.join(", ")})`);
      }
      return undefined;
    },
    load(id) {
      return id.startsWith("\0") ? modules.get(id.slice(1)) : undefined;
    },
  };
}
