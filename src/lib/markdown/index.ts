import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import { remarkChapters } from "./remark-chapters.ts";
import { remarkMomentLinks } from "./remark-moment-links.ts";
import { remarkTakeaways } from "./remark-takeaways.ts";

/**
 * The summary conventions, as plugin lists shared by `astro.config.mjs`, the
 * episodes loader and the tests. Each plugin is one small module beside this
 * file. Order matters: times become moment links first, so chapters and
 * takeaways read them (and takeaways keep them in their HTML).
 */
export const remarkPlugins: RemarkPlugins = [remarkMomentLinks, remarkChapters, remarkTakeaways];
export const rehypePlugins: RehypePlugins = [];
