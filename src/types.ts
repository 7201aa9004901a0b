/**
 * Types for a site's own components (the `components` option): what the
 * package's pages pass them, so an override can take the same props.
 *
 *     import type { EpisodePage, UiStrings } from "shownotes/types";
 */
export type {
  ChapterView,
  EpisodeBasics,
  EpisodePage,
  EpisodeRef,
  EpisodeSummaryView,
  ParagraphView,
  PersonLink,
  TagLink,
  TimeLabel,
} from "./lib/page-data/episode-view.ts";
export type { UiStrings } from "./i18n/index.ts";
export type { Chapter } from "./schemas/chapter.ts";
export type { Episode, EpisodeFrontmatter } from "./schemas/episode.ts";
export type { Person } from "./schemas/person.ts";
export type { Show } from "./schemas/show.ts";
export type { Takeaway } from "./schemas/takeaway.ts";
export type { ComponentName, ShownotesUserOptions as ShownotesOptions } from "./integrations/shownotes/options.ts";
