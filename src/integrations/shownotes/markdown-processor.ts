import { isUnifiedProcessor, unified } from "@astrojs/markdown-remark";
import type { AstroConfig } from "astro";
import { rehypePluginsFor, remarkPlugins } from "../../lib/markdown/index.ts";

/**
 * The site's Markdown processor with the summary plugins added. Summaries
 * need remark/rehype, so a site on Astro's default processor (not unified)
 * gets a unified one; a site that configured unified keeps its own plugins,
 * ours after its remark plugins. Raw-HTML cleaning runs before every other
 * rehype plugin, the site's included, so none of them sees unsafe HTML.
 */
export function withSummaryPlugins(markdown: AstroConfig["markdown"], show: { allowHtml?: boolean | undefined } | undefined) {
  const [safeHtml, ...ourRehype] = rehypePluginsFor({ allowHtml: show?.allowHtml === true });
  const site = isUnifiedProcessor(markdown.processor) ? (markdown.processor.options as { remarkPlugins?: unknown[]; rehypePlugins?: unknown[] }) : {};
  const siteRemark = [...markdown.remarkPlugins, ...(site.remarkPlugins ?? [])] as typeof remarkPlugins;
  const siteRehype = [...markdown.rehypePlugins, ...(site.rehypePlugins ?? [])] as typeof ourRehype;
  return unified({
    ...(isUnifiedProcessor(markdown.processor) ? markdown.processor.options : {}),
    remarkPlugins: [...siteRemark, ...remarkPlugins],
    rehypePlugins: [safeHtml!, ...siteRehype, ...ourRehype],
  });
}
