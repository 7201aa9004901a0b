import type { Node } from "unist";
import type { VFile } from "vfile";
import type { Chapter } from "../../schemas/chapter.ts";
import type { Takeaway } from "../../schemas/takeaway.ts";

/** What the summary plugins know about the episode, given by the episodes loader. */
export interface SummaryContext {
  /** The episode's slug, so moment links point at its page. */
  slug?: string;
  /** Transcript paragraphs (from `toParagraphs`), for moment links and quote checks. */
  paragraphs?: { id: string; start?: number; end?: number; approximate?: boolean; text: string }[];
}

/** A problem in the summary, with the line it is on (1-based, in the file the loader read). */
export interface SummaryWarning {
  line?: number | undefined;
  message: string;
}

/**
 * The summary plugins talk to the loader through `file.data.astro.frontmatter`,
 * the channel `@astrojs/markdown-remark` hands back after rendering: the
 * loader puts `summaryContext` in, the plugins put chapters, takeaways and
 * warnings out.
 */
export interface SummaryData {
  summaryContext?: SummaryContext;
  chapters?: Chapter[];
  takeaways?: Takeaway[];
  summaryWarnings?: SummaryWarning[];
}

export function summaryData(file: VFile): SummaryData {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter as SummaryData;
}

export function warnSummary(file: VFile, node: Node | undefined, message: string): void {
  const data = summaryData(file);
  (data.summaryWarnings ??= []).push({ line: node?.position?.start.line, message });
}
