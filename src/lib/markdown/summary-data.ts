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
  /** The episode's length in seconds, when known: bare times past it are clock times, not moments. */
  duration?: number;
  /** The path the site is published under (`/`, `/podcast/`): links to the site's own pages go under it. */
  base?: string;
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
  /** Key of a context handed over with `handOverSummaryContext` (what the loader sends). */
  summaryContextKey?: string;
  chapters?: Chapter[];
  takeaways?: Takeaway[];
  summaryWarnings?: SummaryWarning[];
}

export function summaryData(file: VFile): SummaryData {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  const summary = data.astro.frontmatter as SummaryData;
  const handed = summary.summaryContextKey === undefined ? undefined : handedOver().get(summary.summaryContextKey);
  if (handed && summary.summaryContext === undefined) summary.summaryContext = handed;
  return summary;
}

/**
 * The context itself does not travel through the frontmatter text: Astro
 * parses frontmatter as YAML, and a two-hour transcript's paragraphs as a
 * YAML document cost ~14 ms per episode to parse (benchmark). The
 * loader leaves it here under a key and sends only the key. Kept on
 * globalThis because the loader and the Markdown processor may each load
 * this module as a separate instance within the one build process.
 */
function handedOver(): Map<string, SummaryContext> {
  const slot = Symbol.for("shownotes.summaryContexts");
  const global = globalThis as { [slot]?: Map<string, SummaryContext> };
  return (global[slot] ??= new Map());
}

/** Leaves `context` for the summary plugins; returns the key to send and a function that clears it. */
export function handOverSummaryContext(key: string, context: SummaryContext): { key: string; release(): void } {
  handedOver().set(key, context);
  return { key, release: () => handedOver().delete(key) };
}

export function warnSummary(file: VFile, node: Node | undefined, message: string): void {
  const data = summaryData(file);
  (data.summaryWarnings ??= []).push({ line: node?.position?.start.line, message });
}
