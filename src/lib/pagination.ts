/**
 * The home page's episode list, split into pages: page 1 is `/`, later ones
 * `/2/`, `/3/`…
 */
export const EPISODES_PER_PAGE = 20;

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  current: number;
  last: number;
  prevUrl?: string | undefined;
  nextUrl?: string | undefined;
}

export function pageUrl(n: number): string {
  return n === 1 ? "/" : `/${n}/`;
}

/** Always at least one page, so a show with no episodes yet still has a home page. */
export function listPages<T>(items: readonly T[], pageSize = EPISODES_PER_PAGE): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * pageSize, current * pageSize),
      current,
      last,
      prevUrl: current > 1 ? pageUrl(current - 1) : undefined,
      nextUrl: current < last ? pageUrl(current + 1) : undefined,
    };
  });
}
