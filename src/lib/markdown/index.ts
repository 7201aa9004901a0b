import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import { rehypeSafeHtml } from "./rehype-safe-html.ts";
import { remarkChapters } from "./remark-chapters.ts";
import { remarkMomentLinks } from "./remark-moment-links.ts";
import { remarkSiteBase } from "./remark-site-base.ts";
import { remarkSummaryAddresses } from "./remark-summary-addresses.ts";
import { remarkTakeaways } from "./remark-takeaways.ts";

/**
 * The summary conventions, as plugin lists shared by the summary renderer
 * (render-summary.ts), the site's Markdown processor and the tests. Each
 * plugin is one small module beside this file. Order matters: addresses
 * are checked as written, then times become moment links, then every site
 * path is put under the site's base, so chapters and takeaways read them
 * (and takeaways keep them in their HTML).
 */
export const remarkPlugins: RemarkPlugins = [remarkMomentLinks, remarkSiteBase, remarkChapters, remarkTakeaways];
export const rehypePlugins: RehypePlugins = [];

export function remarkPluginsFor(show: { allowHtml?: boolean }): RemarkPlugins {
  return [[remarkSummaryAddresses, { allowHtml: show.allowHtml === true }], ...remarkPlugins];
}

/**
 * All rehype plugins for a show, safety first: `rehypeSafeHtml` parses and
 * cleans raw HTML (or only strips `javascript:` URLs when the show sets
 * `allowHtml: true`) before any other plugin sees the tree.
 */
export function rehypePluginsFor(show: { allowHtml?: boolean }): RehypePlugins {
  return [[rehypeSafeHtml, { allowHtml: show.allowHtml === true }], ...rehypePlugins];
}
