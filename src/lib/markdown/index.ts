import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import { rehypeSafeHtml } from "./rehype-safe-html.ts";

/**
 * The summary conventions, as plugin lists shared by `astro.config.mjs` and
 * the tests. Each plugin is one small module beside this file.
 */
export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [];

/**
 * All rehype plugins for a show, safety first: `rehypeSafeHtml` parses and
 * cleans raw HTML (or only strips `javascript:` URLs when the show sets
 * `allowHtml: true`) before any other plugin sees the tree.
 */
export function rehypePluginsFor(show: { allowHtml?: boolean }): RehypePlugins {
  return [[rehypeSafeHtml, { allowHtml: show.allowHtml === true }], ...rehypePlugins];
}
