import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { episodePath } from "../urls/site-urls.ts";

/** One old episode address that now leads to the episode's page here. */
export interface OldLinkRedirect {
  /** The old page's path, e.g. `/2020/10/episode-8.html` or `/episodes/old-name`. */
  from: string;
  /** The episode's page here, as a site path, e.g. `/episodes/episode-8/`. */
  to: string;
  /** The file in dist/ that answers at `from` on any static host: a page that forwards. */
  file: string;
}

/** Our own addresses: an old link that lands on one of them is left alone, so no page of the site is replaced. */
const OWN = /^\/(?:$|tags\/|people\/|search\/|embed\/|pagefind\/|_astro\/|feed\.xml$|sitemap\.xml$|robots\.txt$|404\.html$|_redirects$)/;

/**
 * Old episode pages (`link` in an imported episode's frontmatter) → redirects
 * to the new pages. They work once the old address's domain serves this site
 * (a custom domain moved from the host); links on the host's own domain are
 * the host's to redirect. Paths that are ours, or that only differ by a query
 * (`/?p=123`), are left out.
 */
export function oldLinkRedirects(episodes: readonly { slug: string; link?: string | undefined }[]): OldLinkRedirect[] {
  const pages = new Set(episodes.map((episode) => episodePath(episode.slug)));
  const seen = new Set<string>();
  const redirects: OldLinkRedirect[] = [];
  for (const episode of episodes) {
    if (!episode.link) continue;
    let from: string;
    try {
      from = new URL(episode.link).pathname;
    } catch {
      continue;
    }
    const to = episodePath(episode.slug);
    const asPage = from.endsWith("/") ? from : `${from}/`;
    if (OWN.test(from) || from.includes("..") || pages.has(asPage) || pages.has(from.replace(/index\.html$/, "")) || seen.has(from)) continue;
    seen.add(from);
    const last = from.split("/").at(-1) ?? "";
    const file = from.endsWith("/") ? `${from}index.html` : /\.[a-z0-9]{1,5}$/i.test(last) ? from : `${from}/index.html`;
    redirects.push({ from, to, file: file.slice(1) });
  }
  return redirects;
}

/**
 * Netlify and Cloudflare Pages read `_redirects`: one `from to 301` per line,
 * a permanent move search engines follow. Both sides are addresses on the
 * host, so a site published under a path gets it on both (`link`, from
 * `siteUrls(show.url).link`): the forwarding page for `from` is published
 * under that path too.
 */
export function redirectsFile(redirects: readonly OldLinkRedirect[], link: (path: string) => string = (path) => path): string {
  return redirects.map((redirect) => `${link(redirect.from)} ${link(redirect.to)} 301\n`).join("");
}

/** For hosts without `_redirects` (GitHub Pages, plain servers): a page that forwards at once, and says where to for those it cannot. */
export function forwardingPage(to: string, absoluteTo: string): string {
  const page = h("html", { lang: "en" }, [
    h("head", [
      h("meta", { charset: "utf-8" }),
      h("title", "This episode has moved"),
      h("link", { rel: "canonical", href: absoluteTo }),
      h("meta", { name: "robots", content: "noindex" }),
      h("meta", { httpEquiv: "refresh", content: `0; url=${to}` }),
    ]),
    h("body", [h("p", ["This episode has moved to ", h("a", { href: to }, absoluteTo), "."])]),
  ]);
  return `<!doctype html>\n${toHtml(page)}\n`;
}
