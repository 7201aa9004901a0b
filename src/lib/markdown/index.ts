import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import { rehypeSafeHtml } from "./rehype-safe-html.ts";
import { remarkChapters } from "./remark-chapters.ts";
import { remarkMomentLinks } from "./remark-moment-links.ts";
import { remarkSiteBase } from "./remark-site-base.ts";
import { remarkTakeaways } from "./remark-takeaways.ts";

/**
 * The summary conventions, as plugin lists shared by `astro.config.mjs`, the
 * episodes loader and the tests. Each plugin is one small module beside this
 * file. Order matters: times become moment links first, then every site
 * path is put under the site's base, so chapters and takeaways read them
 * (and takeaways keep them in their HTML).
 */
export const remarkPlugins: RemarkPlugins = [remarkMomentLinks, remarkSiteBase, remarkChapters, remarkTakeaways];
export const rehypePlugins: RehypePlugins = [];

/**
 * All rehype plugins for a show, safety first: `rehypeSafeHtml` parses and
 * cleans raw HTML (or only strips `javascript:` URLs when the show sets
 * `allowHtml: true`) before any other plugin sees the tree.
 */
export function rehypePluginsFor(show: { allowHtml?: boolean }): RehypePlugins {
  return [[rehypeSafeHtml, { allowHtml: show.allowHtml === true }], ...rehypePlugins];
}
