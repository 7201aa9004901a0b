import { isUnifiedProcessor, rehypeHeadingIds, type MarkdownHeading, type RehypePlugins, type RemarkPlugins } from "@astrojs/markdown-remark";
import type { AstroConfig } from "astro";
import rehypeRaw from "rehype-raw";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import remarkSmartypants from "remark-smartypants";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";
import type { Chapter } from "../../schemas/chapter.ts";
import type { Takeaway } from "../../schemas/takeaway.ts";
import { rehypePlugins, rehypePluginsFor, remarkPlugins, remarkPluginsFor } from "./index.ts";
import { rehypeSafeHtml } from "./rehype-safe-html.ts";
import type { SummaryInput } from "./summary-data.ts";

/** The site's own Markdown settings (astro.config.mjs `markdown`), which summaries follow too. */
export interface SiteMarkdown {
  remarkPlugins?: RemarkPlugins;
  rehypePlugins?: RehypePlugins;
  gfm?: boolean;
  smartypants?: boolean | Record<string, unknown>;
}

/** A problem the summary plugins reported, at its place in `index.md`. */
export interface SummaryMessage {
  line: number;
  column: number;
  severity: "error" | "warning";
  message: string;
}

export interface RenderedSummary {
  html: string;
  headings: MarkdownHeading[];
  chapters: Chapter[];
  takeaways: Takeaway[];
  messages: SummaryMessage[];
}

export type SummaryRenderer = (markdown: string, input: SummaryInput, path?: string) => Promise<RenderedSummary>;

/**
 * Renders episode summaries: `shownotes check`, the build and the dev server
 * all render them here, so what the plugins report is what the podcaster
 * sees, wherever they look.
 *
 * The same steps as Astro's own Markdown renderer (createMarkdownProcessor
 * in @astrojs/markdown-remark: GFM, SmartyPants, the site's plugins,
 * heading ids), with the summary plugins in place. It is our own unified
 * run rather than Astro's renderer because that one keeps the vfile to
 * itself: the plugins need the episode's transcript in (`file.data.episode`),
 * and chapters, takeaways and their messages out of it.
 *
 * `markdown` is index.md with its frontmatter blanked line for line, so
 * every message has the line of the file itself.
 */
export function createSummaryRenderer(options: { allowHtml: boolean; site?: SiteMarkdown }): SummaryRenderer {
  const site = options.site ?? {};
  const [safeHtml, ...ourRehype] = rehypePluginsFor({ allowHtml: options.allowHtml });
  const made = Promise.all([loadPlugins(site.remarkPlugins ?? []), loadPlugins(site.rehypePlugins ?? [])]).then(([siteRemark, siteRehype]) =>
    unified()
      .use(remarkParse)
      .use(site.gfm === false ? [] : [remarkGfm])
      .use(site.smartypants === false ? [] : [[remarkSmartypants, typeof site.smartypants === "object" ? site.smartypants : {}]])
      .use(siteRemark)
      .use(remarkPluginsFor({ allowHtml: options.allowHtml }) as PluggableList)
      .use(remarkRehype, { allowDangerousHtml: true })
      // Raw-HTML cleaning runs before every other rehype plugin, the site's included, so none of them sees unsafe HTML.
      .use([safeHtml!, ...siteRehype, ...ourRehype] as PluggableList)
      .use(rehypeHeadingIds)
      .use(rehypeRaw)
      .use(rehypeStringify, { allowDangerousHtml: true })
      .freeze(),
  );
  return async (markdown, input, path) => {
    const processor = await made;
    const file = new VFile({ value: markdown, ...(path ? { path } : {}), data: { episode: input, astro: { frontmatter: {} } } });
    await processor.process(file);
    return {
      html: String(file.value),
      headings: (file.data.astro as { headings?: MarkdownHeading[] }).headings ?? [],
      chapters: file.data.chapters ?? [],
      takeaways: file.data.takeaways ?? [],
      messages: file.messages.map((message) => ({
        line: message.line ?? 1,
        column: message.column ?? 1,
        severity: message.fatal === true ? ("error" as const) : ("warning" as const),
        message: message.reason,
      })),
    };
  };
}

/** A site's plugins as astro.config may give them: functions, `[plugin, options]`, or package names (loaded as Astro loads them). */
async function loadPlugins(plugins: RemarkPlugins | RehypePlugins): Promise<PluggableList> {
  return Promise.all(
    (plugins as unknown[]).map(async (plugin) => {
      const [given, options] = Array.isArray(plugin) ? plugin : [plugin];
      const attacher = typeof given === "string" ? ((await import(/* @vite-ignore */ given)) as { default: unknown }).default : given;
      return (options === undefined ? [attacher] : [attacher, options]) as PluggableList[number];
    }),
  );
}

const OURS = new Set<unknown>([...remarkPlugins, ...rehypePlugins, rehypeSafeHtml]);
const isOurs = (plugin: unknown) => OURS.has(Array.isArray(plugin) ? plugin[0] : plugin);
// A site's top-level `markdown.remarkPlugins` are also in the processor's list once withSummaryPlugins has run.
const firstTime = (plugin: unknown, index: number, all: unknown[]) => all.indexOf(plugin) === index;

/** The site's own Markdown settings (astro.config.mjs), without the summary plugins shownotes adds. */
export function siteMarkdownOf(markdown: AstroConfig["markdown"]): SiteMarkdown {
  const options = markdown.processor && isUnifiedProcessor(markdown.processor) ? (markdown.processor.options as { remarkPlugins?: unknown[]; rehypePlugins?: unknown[]; gfm?: boolean; smartypants?: SiteMarkdown["smartypants"] }) : {};
  const remark = [...markdown.remarkPlugins, ...(options.remarkPlugins ?? [])].filter((plugin) => !isOurs(plugin)).filter(firstTime);
  const rehype = [...markdown.rehypePlugins, ...(options.rehypePlugins ?? [])].filter((plugin) => !isOurs(plugin)).filter(firstTime);
  const gfm = options.gfm ?? markdown.gfm;
  const smartypants = options.smartypants ?? markdown.smartypants;
  return {
    remarkPlugins: remark as RemarkPlugins,
    rehypePlugins: rehype as RehypePlugins,
    ...(gfm !== undefined ? { gfm } : {}),
    ...(smartypants !== undefined ? { smartypants } : {}),
  };
}
