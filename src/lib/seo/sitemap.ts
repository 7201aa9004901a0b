import { create } from "xmlbuilder2";

/**
 * `sitemap.xml` per https://www.sitemaps.org/protocol.html: the urlset in the
 * `http://www.sitemaps.org/schemas/sitemap/0.9` namespace, absolute `loc`s,
 * `lastmod` as a W3C date when the page's date is known.
 */
export interface SitemapEntry {
  loc: string;
  lastmod?: Date | undefined;
}

export function buildSitemapXml(entries: readonly SitemapEntry[]): string {
  const urlset = create({ version: "1.0", encoding: "UTF-8" }).ele("urlset", { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" });
  for (const entry of entries) {
    const url = urlset.ele("url");
    url.ele("loc").txt(entry.loc);
    if (entry.lastmod) url.ele("lastmod").txt(entry.lastmod.toISOString().slice(0, 10));
  }
  return urlset.end({ prettyPrint: true }) + "\n";
}

/** robots.txt (RFC 9309) that allows everything and names the sitemap. */
export function buildRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
