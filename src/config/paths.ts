/**
 * Astro's cache folder (content data store, search documents) for a content
 * folder, from the project root: one per content folder, so building a test
 * fixture show never reuses the sample show's cached entries. `content/`
 * keeps Astro's default.
 */
export function cacheDirFor(content: string): string {
  return content === "content" ? "./node_modules/.astro" : `./node_modules/.astro/${content.replace(/[^\w-]+/g, "_")}`;
}
