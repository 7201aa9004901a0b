import type { UiStrings } from "../../i18n/en.ts";
import { searchResultStrings, type SearchResultStrings } from "./moment-label.ts";

/**
 * Everything the search panel says (the header popup and /search/), in the
 * show's language. Pages hand it to the browser as JSON in a data attribute,
 * so the panel's code carries no text of its own and the same bundle serves
 * a Chinese show and an English one.
 */
export interface SearchPanelStrings {
  /** The search box's name: "Search". */
  label: string;
  placeholder: string;
  close: string;
  searching: string;
  loadMore: string;
  /** The line above the results, with `{count}` and `{query}` to fill in. */
  resultsOne: string;
  resultsOther: string;
  none: string;
  /** A filter's first choice, which keeps every episode. */
  filterAll: string;
  failed: string;
  /** Under the popup's results when it checked fewer candidates than it found. */
  partial: string;
  partialLink: string;
  /** How result labels read out (time, speaker, chapter). */
  result: SearchResultStrings;
}

export function searchPanelStrings(ui: UiStrings): SearchPanelStrings {
  return {
    label: ui.search,
    placeholder: ui.searchPlaceholder,
    close: ui.searchClose,
    searching: ui.searchSearching,
    loadMore: ui.searchLoadMore,
    resultsOne: ui.searchResultsOne,
    resultsOther: ui.searchResultsOther,
    none: ui.searchNoResults,
    filterAll: ui.searchFilterAll,
    failed: ui.searchFailed,
    partial: ui.searchPartial,
    partialLink: ui.searchPartialLink,
    result: searchResultStrings(ui),
  };
}

/** "3 results for “moat”", "No results for “量子计算”": the count is of checked results only, never Pagefind's estimate. */
export function resultSummary(strings: Pick<SearchPanelStrings, "resultsOne" | "resultsOther" | "none">, count: number, query: string): string {
  const template = count === 0 ? strings.none : count === 1 ? strings.resultsOne : strings.resultsOther;
  return template.replaceAll("{count}", String(count)).replaceAll("{query}", query);
}
