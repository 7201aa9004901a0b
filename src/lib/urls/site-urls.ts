/**
 * Every public address the site publishes, built in one place: pages, the
 * files next to them, the feed, the search bundle, the icon. Everything else
 * (components, routes, the feed, SEO tags, the sitemap, newsletters, search
 * documents and the browser scripts, which read what the page gives them)
 * asks this module, so a show published under a path
 * (`url: https://name.github.io/podcast/` in show.yaml) gets that path on
 * every link, and a root-hosted show gets exactly the addresses it always had.
 *
 * Three kinds of address, never mixed:
 * - a *site path*, from the site's own root: `/episodes/a/`. The route table
 *   (src/integrations/shownotes/routes.ts) publishes these, and content may
 *   write them too (`audio: /audio/12.mp3`, `artwork: /cover.png`). Stored
 *   data keeps site paths, so it does not change when the site moves.
 * - a *link*: the site path under the base path the site is published at,
 *   `/podcast/episodes/a/` (`link()`). Pages and scripts carry links; on a
 *   site at the root of its domain, link and site path are the same string.
 * - an *absolute URL*: `https://name.github.io/podcast/episodes/a/`
 *   (`absolute()`), for everything read away from the site (feed, sitemap,
 *   canonical and Open Graph tags, JSON-LD, oEmbed, newsletters).
 *
 * Pages are always addressed with their trailing slash: the site is built
 * with `trailingSlash: "always"` and `build.format: "directory"`, so there is
 * one address per page.
 */

/**
 * The one encoding rule for names that become part of an address (episode
 * folders, tag pages, people ids, audio file names): each is one path
 * segment, percent-encoded with `encodeURIComponent`. Letters of any script
 * are kept as UTF-8 escapes (a browser shows `/people/王小明/` in its address
 * bar; feeds and sitemaps require the escaped form), and `/ ? # %` can never
 * change what the address means. Astro writes the page under the raw name
 * (`dist/people/王小明/`), which static hosts find from the escaped request.
 */
export function pathSegment(name: string): string {
  return encodeURIComponent(name);
}

/**
 * A tag's page name. Tags keep their letters (Chinese included); spaces and
 * characters that would break a path (`/ ? # % \`) become hyphens, and case
 * folds, so `AI` and `ai` share a page.
 */
export function tagSlug(tag: string): string {
  return tag.trim().toLowerCase().replace(/[\s/?#%\\]+/g, "-");
}

// Site paths: the public names (add new ones, never rename one).

/** The home page. */
export const HOME_PATH = "/";
/** Our own podcast feed. */
export const FEED_PATH = "/feed.xml";
export const SITEMAP_PATH = "/sitemap.xml";
export const ROBOTS_PATH = "/robots.txt";
/** The default page icon (src/lib/seo/favicon.ts). */
export const FAVICON_PATH = "/favicon.svg";
/** The search page, without a query. */
export const SEARCH_PATH = "/search/";
/** Pagefind's bundle folder (written by src/integrations/pagefind.ts). */
export const PAGEFIND_PATH = "/pagefind/";
/** The precise query module the search UI loads in place of Pagefind's own (src/browser/search/pagefind-module.ts). */
export const PRECISE_SEARCH_PATH = `${PAGEFIND_PATH}precise/`;
/** Netlify's and Cloudflare Pages' redirect rules. */
export const REDIRECTS_PATH = "/_redirects";

/** The home page's list of episodes, page `n` (1-based): `/`, then `/2/`, `/3/`… */
export function listPagePath(n: number): string {
  return n === 1 ? HOME_PATH : `/${n}/`;
}

/** An episode's page: `/episodes/<slug>/`. */
export function episodePath(slug: string): string {
  return `/episodes/${pathSegment(slug)}/`;
}

/** A file the site publishes next to an episode's page, by its fixed name (`chapters.json`). */
export function episodeFilePath(slug: string, file: string): string {
  return `${episodePath(slug)}${file}`;
}

/** `/episodes/<slug>/transcript.<ext>` (vtt, srt, json, html, txt: src/lib/feed/transcript-files.ts). */
export function transcriptPath(slug: string, extension: string): string {
  return episodeFilePath(slug, `transcript.${extension}`);
}

/** `/episodes/<slug>/chapters.json`. */
export function chaptersPath(slug: string): string {
  return episodeFilePath(slug, "chapters.json");
}

/** `/episodes/<slug>/takeaways.{md,txt,html}`: the newsletter files. */
export function takeawaysPath(slug: string, extension: "md" | "txt" | "html"): string {
  return episodeFilePath(slug, `takeaways.${extension}`);
}

/** `/episodes/<slug>/episode.json`. */
export function episodeJsonPath(slug: string): string {
  return episodeFilePath(slug, "episode.json");
}

/** A self-hosted audio file (`audio: episode.mp3` in the episode folder), published next to the page. */
export function audioPath(slug: string, fileName: string): string {
  return episodeFilePath(slug, pathSegment(fileName));
}

/** The embed card for blogs: `/embed/<slug>/`. */
export function embedPath(slug: string): string {
  return `/embed/${pathSegment(slug)}/`;
}

/** The embed card's oEmbed response: `/embed/<slug>/oembed.json`. */
export function oembedPath(slug: string): string {
  return `${embedPath(slug)}oembed.json`;
}

/** A tag's page, from the tag as written (`Deep Learning` → `/tags/deep-learning/`). */
export function tagPath(tag: string): string {
  return `/tags/${pathSegment(tagSlug(tag))}/`;
}

/** A person's page, by their id (people.yaml) or the page name of a plain name. */
export function personPath(id: string): string {
  return `/people/${pathSegment(id)}/`;
}

/** The search page, optionally with a query to run (`/search/?q=…`). */
export function searchPath(query?: string): string {
  return query ? `${SEARCH_PATH}?q=${encodeURIComponent(query)}` : SEARCH_PATH;
}

/**
 * What follows a page's address in a moment link: `?t=<whole seconds>` for
 * the player, then `#<paragraph id>` so the fragment lands on the transcript
 * with JavaScript off; only `#<id>` for a paragraph without a time.
 */
export function momentSuffix(moment: { seconds?: number | undefined; paragraphId?: string | undefined }): string {
  const query = moment.seconds === undefined ? "" : `?t=${Math.floor(moment.seconds)}`;
  return `${query}${moment.paragraphId ? `#${moment.paragraphId}` : ""}`;
}

/** A moment of an episode: `/episodes/<slug>/?t=754#t754`, `/episodes/<slug>/?t=754`, `/episodes/<slug>/#p3`. */
export function momentPath(slug: string, moment: { seconds?: number | undefined; paragraphId?: string | undefined }): string {
  return `${episodePath(slug)}${momentSuffix(moment)}`;
}

// The site's own address and base path.

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The site's address as a URL that ends with `/`, so paths resolve under it. */
function siteRoot(site: string | URL): URL {
  const url = new URL(String(site));
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}

/**
 * The path the site is published under, with slashes on both ends: `/` for
 * `https://podcast.example.com/`, `/podcast/` for
 * `https://name.github.io/podcast` (what Astro's `base` is set to).
 */
export function basePath(site: string | URL): string {
  return siteRoot(site).pathname;
}

/**
 * `("https://x.org/show/", "/episodes/a/")` → `https://x.org/show/episodes/a/`.
 * Site paths stay under the site's own path; absolute URLs pass through.
 */
export function absoluteUrl(site: string | URL, path: string): string {
  if (SCHEME.test(path)) return new URL(path).href;
  if (path.startsWith("//")) return new URL(path, siteRoot(site)).href;
  return new URL(path.replace(/^\/+/, ""), siteRoot(site)).href;
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

/**
 * A site path as a link under `base` (`/show/`): `/episodes/a/` →
 * `/show/episodes/a/`. Absolute and protocol-relative URLs, and links that
 * only change the query or fragment of the page they are on (`?t=40`,
 * `#p3`), are left as written, as are relative file names.
 */
export function linkUnder(base: string, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return `${base.replace(/\/+$/, "")}${path}`;
}

/** The addresses of one site, from show.yaml's `url`. */
export interface SiteUrls {
  /** The site's own address, ending with `/`: `https://x.org/show/`. */
  site: string;
  /** The path it is published under: `/show/`, or `/`. */
  base: string;
  /** A site path (or an address written in content) as a link for pages and scripts. */
  link(path: string): string;
  /** A site path (or an address written in content) as an absolute URL. */
  absolute(path: string): string;
  /** The same, only when it is an http(s) address others can fetch. */
  web(path: string | undefined): string | undefined;
  /** A link on this site back to its site path (`/show/episodes/a/` → `/episodes/a/`), e.g. from `Astro.url.pathname`. */
  sitePath(link: string): string;
}

export function siteUrls(site: string | URL): SiteUrls {
  const root = siteRoot(site);
  const base = root.pathname;
  return {
    site: root.href,
    base,
    link: (path) => linkUnder(base, path),
    absolute: (path) => absoluteUrl(root, path),
    web: (path) => webUrl(root, path),
    sitePath: (link) => (link.startsWith(base) ? `/${link.slice(base.length)}` : link),
  };
}
