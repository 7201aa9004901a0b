/**
 * Where the podcaster's content lives, relative to the project root.
 * `SHOWNOTES_CONTENT` points a build at another folder (our tests build
 * fixture shows this way); podcasters keep the default `content/`.
 */
export const contentDir = (process.env.SHOWNOTES_CONTENT ?? "content").replace(/\/+$/, "");

/**
 * Astro's cache folder (content data store, search documents) for a content
 * folder: one per content folder, so building a test fixture show never
 * reuses the sample show's cached entries. `content/` keeps Astro's default.
 */
export function cacheDirFor(content: string): string {
  return content === "content" ? "./node_modules/.astro" : `./node_modules/.astro/${content.replace(/[^\w-]+/g, "_")}`;
}
