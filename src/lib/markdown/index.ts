import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";

/**
 * The summary conventions, as plugin lists shared by `astro.config.mjs` and
 * the tests. Each plugin is one small module beside this file.
 */
export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [];
