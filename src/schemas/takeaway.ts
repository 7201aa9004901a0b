import { z } from "astro/zod";

/**
 * One key takeaway, read from the `## Key takeaways` / `## 要点` list in the
 * summary. Pages, the newsletter snippet and search read this, never the
 * Markdown again.
 */
export const TakeawaySchema = z.object({
  /** The item's inline Markdown rendered to HTML: links, emphasis and moment links kept. */
  html: z.string(),
  /** The same item as plain text (for feeds, search and plain-text newsletters). */
  text: z.string(),
  /** Seconds of the moment the item cites with `[12:34]`, when it cites one. */
  moment: z.number().nonnegative().optional(),
});

export type Takeaway = z.output<typeof TakeawaySchema>;
