import { isUnifiedProcessor, unified } from "@astrojs/markdown-remark";
import type { AstroConfig } from "astro";
import { rehypePluginsFor, remarkPlugins } from "../../lib/markdown/index.ts";
import { siteMarkdownOf } from "../../lib/markdown/render-summary.ts";

/**
 * The site's Markdown processor with the summary plugins added, for any
 * Markdown the site renders itself. Summaries need remark/rehype, so a site
 * on Astro's default processor (not unified) gets a unified one; a site that
 * configured unified keeps its own plugins, ours after its remark plugins.
 * Raw-HTML cleaning runs before every other rehype plugin, the site's
 * included, so none of them sees unsafe HTML.
 */
export function withSummaryPlugins(markdown: AstroConfig["markdown"], show: { allowHtml?: boolean | undefined } | undefined) {
  const [safeHtml, ...ourRehype] = rehypePluginsFor({ allowHtml: show?.allowHtml === true });
  const site = siteMarkdownOf(markdown);
  return unified({
    ...(isUnifiedProcessor(markdown.processor) ? markdown.processor.options : {}),
    remarkPlugins: [...(site.remarkPlugins ?? []), ...remarkPlugins],
    rehypePlugins: [safeHtml!, ...(site.rehypePlugins ?? []), ...ourRehype],
  });
}

