import type { Node } from "unist";
import type { VFile } from "vfile";
import type { Chapter } from "../../schemas/chapter.ts";
import type { Takeaway } from "../../schemas/takeaway.ts";

/** What the summary plugins know about the episode, given to them in `file.data.episode`. */
export interface SummaryInput {
  /** The episode's slug, so moment links point at its page. */
  slug?: string;
  /** Transcript paragraphs (from `toParagraphs`), for moment links and quote checks. */
  paragraphs?: readonly { id: string; start?: number; end?: number; approximate?: boolean; text: string }[];
  /** The episode's length in seconds, when known: bare times past it are clock times, not moments. */
  duration?: number;
  /** The path the site is published under (`/`, `/podcast/`): links to the site's own pages go under it. */
  base?: string;
}

declare module "vfile" {
  interface DataMap {
    /** Given by whoever renders the summary (src/lib/markdown/render-summary.ts). */
    episode: SummaryInput;
    /** Handed back by remarkChapters. */
    chapters: Chapter[];
    /** Handed back by remarkTakeaways. */
    takeaways: Takeaway[];
  }
}

/**
 * A problem in the summary, at the node it is about: a vfile message, so
 * `shownotes check`, the build and the dev server report it with the line
 * and column of `index.md`. `fatal: true` marks an error (the build stops),
 * as vfile-reporter reads it; anything else is a warning.
 */
export function reportSummary(file: VFile, node: Node | undefined, message: string, severity: "error" | "warning" = "warning"): void {
  const reported = file.message(message, node ? { place: node.position } : undefined);
  reported.fatal = severity === "error";
}
