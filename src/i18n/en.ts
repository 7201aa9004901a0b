/** Interface text for English shows; the reference every other language follows. */
export const en = {
  skipToContent: "Skip to content",
  episodes: "Episodes",
  episode: "Episode",
  episodeNumber: (n: number) => `Episode ${n}`,
  summary: "Summary",
  takeaways: "Key takeaways",
  chapters: "Chapters",
  transcript: "Transcript",
  hosts: "Hosts",
  guests: "Guests",
  tags: "Tags",
  published: "Published",
  duration: "Duration",
  previousEpisode: "Previous episode",
  nextEpisode: "Next episode",
  noTranscript: "This episode has no transcript yet.",
  approximateTime: "about",
  approximateNote: "Times are estimates: the original transcript has no timestamps.",
  notFoundTitle: "Page not found",
  notFoundText: "The link may be out of date. The home page lists every episode.",
  backHome: "Back to the home page",
  poweredBy: "Made with shownotes",
  /** Alt text of the show's cover art in link previews. */
  coverArtAlt: (show: string) => `Cover art of ${show}`,
};

export type UiStrings = typeof en;
