/**
 * Every page and file the package publishes, as `injectRoute` takes them:
 * the public address (`pattern`) and the file under src/routes/ that builds
 * it. These addresses are a promise to listeners and podcast apps; add
 * routes, never rename one.
 */
export interface ShownotesRoute {
  pattern: string;
  file: string;
  /** Only when the show publishes its own feed, or when search is on. */
  when?: "own-feed" | "search";
}

export const ROUTES: readonly ShownotesRoute[] = [
  { pattern: "/", file: "index.astro" },
  { pattern: "/[page]", file: "[page].astro" },
  { pattern: "/404", file: "404.astro" },
  { pattern: "/episodes/[slug]", file: "episodes/[slug]/index.astro" },
  { pattern: "/episodes/[slug]/[audio]", file: "episodes/[slug]/[audio].ts" },
  { pattern: "/episodes/[slug]/chapters.json", file: "episodes/[slug]/chapters.json.ts" },
  { pattern: "/episodes/[slug]/episode.json", file: "episodes/[slug]/episode.json.ts" },
  { pattern: "/episodes/[slug]/share.png", file: "episodes/[slug]/share.png.ts" },
  { pattern: "/episodes/[slug]/takeaways.html", file: "episodes/[slug]/takeaways.html.ts" },
  { pattern: "/episodes/[slug]/takeaways.md", file: "episodes/[slug]/takeaways.md.ts" },
  { pattern: "/episodes/[slug]/takeaways.txt", file: "episodes/[slug]/takeaways.txt.ts" },
  { pattern: "/episodes/[slug]/transcript.[ext]", file: "episodes/[slug]/transcript.[ext].ts" },
  { pattern: "/embed/[slug]", file: "embed/[slug]/index.astro" },
  { pattern: "/embed/[slug]/oembed.json", file: "embed/[slug]/oembed.json.ts" },
  { pattern: "/people/[id]", file: "people/[id].astro" },
  { pattern: "/tags/[tag]", file: "tags/[tag].astro" },
  { pattern: "/search", file: "search/index.astro", when: "search" },
  { pattern: "/[feed].xml", file: "[feed].xml.ts", when: "own-feed" },
  { pattern: "/sitemap.xml", file: "sitemap.xml.ts" },
  { pattern: "/robots.txt", file: "robots.txt.ts" },
  { pattern: "/favicon.svg", file: "favicon.svg.ts" },
  { pattern: "/share.png", file: "share.png.ts" },
  // Moved shows: `_redirects` for static hosts, and a forwarding page at each old episode address.
  { pattern: "/[redirects]", file: "[redirects].ts" },
  { pattern: "/[...oldLink]", file: "[...oldLink].ts" },
];
