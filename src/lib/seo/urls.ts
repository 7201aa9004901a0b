/**
 * Absolute addresses for everything search engines and podcast apps read:
 * canonical links, og:url, og:image, feed links. Each page's canonical URL
 * is its own address (never the home page), with the trailing slash the site
 * is built with (`trailingSlash: "always"`), so there is one URL per page.
 */

/** The site's base as a URL that ends with `/`, so relative paths resolve under it. */
function base(site: string | URL): URL {
  const url = new URL(String(site));
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/**
 * `("https://x.org/show/", "/episodes/a/")` → `https://x.org/show/episodes/a/`.
 * Site-relative paths stay under the site's own path; absolute URLs pass through.
 */
export function absoluteUrl(site: string | URL, path: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return new URL(path).href;
  return new URL(path.replace(/^\/+/, ""), base(site)).href;
}

/** The page address of an episode (the shared contract: `/episodes/<slug>/`). */
export function episodePath(slug: string): string {
  return `/episodes/${encodeURIComponent(slug)}/`;
}

/** A file that lives next to an episode's page, e.g. `chapters.json`. */
export function episodeFilePath(slug: string, file: string): string {
  return `${episodePath(slug)}${file}`;
}

/**
 * An absolute http(s) address others can fetch, or undefined. A `data:` URL
 * (fine inside the page itself) cannot be fetched by a link-preview crawler
 * or a podcast app, so images given that way are left out of og:image,
 * JSON-LD and the feed rather than sent broken.
 */
export function webUrl(site: string | URL, path: string | undefined): string | undefined {
  if (!path) return undefined;
  const url = absoluteUrl(site, path);
  return /^https?:\/\//i.test(url) ? url : undefined;
}
