/**
 * The home page's episode list, split into pages: page 1 is `/`, later ones
 * `/2/`, `/3/`…
 */
import { listPagePath } from "../urls/site-urls.ts";

export const EPISODES_PER_PAGE = 20;

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  current: number;
  last: number;
  prevUrl?: string | undefined;
  nextUrl?: string | undefined;
}

/** Page `n`'s site path (src/lib/urls/site-urls.ts). */
export const pageUrl = listPagePath;

/**
 * Always at least one page, so a show with no episodes yet still has a home
 * page. `link` puts the pages' site paths under the site's base (`siteUrls(show.url).link`).
 */
export function listPages<T>(items: readonly T[], pageSize = EPISODES_PER_PAGE, link: (path: string) => string = (path) => path): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * pageSize, current * pageSize),
      current,
      last,
      prevUrl: current > 1 ? link(listPagePath(current - 1)) : undefined,
      nextUrl: current < last ? link(listPagePath(current + 1)) : undefined,
    };
  });
}
