interface Orderable {
  id: string;
  data: { date?: Date | undefined; number?: number | undefined };
}

/**
 * Newest first: by date, then by episode number, then by slug, so the order
 * is total and every build lists episodes the same way. Undated episodes sort
 * after dated ones.
 */
export function sortEpisodesNewestFirst<T extends Orderable>(episodes: readonly T[]): T[] {
  return [...episodes].sort((a, b) => {
    const byDate = (b.data.date?.getTime() ?? -Infinity) - (a.data.date?.getTime() ?? -Infinity);
    if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
    const byNumber = (b.data.number ?? -1) - (a.data.number ?? -1);
    if (byNumber !== 0) return byNumber;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
