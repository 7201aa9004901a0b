import { z } from "astro/zod";

/**
 * The fields of JSON chapters 1.2 as the Podcasting 2.0 spec lists them
 * (podcast-namespace, docs/examples/chapters/jsonChapters.md): `version`
 * and `chapters` required; each chapter needs a numeric `startTime`; the
 * other fields are optional with the types given there. Written from the
 * spec, independently of our writer, and proven against the spec's own
 * example files in the corpus.
 */
const ChapterSchema = z.object({
  startTime: z.number().nonnegative(),
  endTime: z.number().nonnegative().optional(),
  title: z.string().optional(),
  img: z.string().optional(),
  url: z.string().optional(),
  toc: z.boolean().optional(),
  location: z.object({ name: z.string(), geo: z.string(), osm: z.string().optional() }).optional(),
});

export const JsonChaptersSchema = z
  .object({
    version: z.string().regex(/^1\.2(\.\d+)?$/),
    chapters: z.array(ChapterSchema),
    author: z.string().optional(),
    title: z.string().optional(),
    podcastName: z.string().optional(),
    description: z.string().optional(),
    fileName: z.string().optional(),
    waypoints: z.boolean().optional(),
  })
  .superRefine((document, ctx) => {
    document.chapters.forEach((chapter, index) => {
      const previous = document.chapters[index - 1];
      if (previous && chapter.startTime < previous.startTime) ctx.addIssue({ code: "custom", message: `chapter ${index} starts before chapter ${index - 1}` });
      if (chapter.endTime !== undefined && chapter.endTime < chapter.startTime) ctx.addIssue({ code: "custom", message: `chapter ${index} ends before it starts` });
    });
  });
