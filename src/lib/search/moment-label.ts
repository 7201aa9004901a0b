import type { UiStrings } from "../../i18n/en.ts";

/**
 * What a search result says about where its words are: a transcript moment
 * by its time, speaker and chapter (`12:34 · 李明 · 开场`, `≈ 3:10 · Alice ·
 * Intro`), a hit in the summary or takeaways by that section's heading.
 *
 * Each label comes twice: as shown, and as a screen reader should say it.
 * Read aloud, `≈` is "almost equal to" and `·` is skipped or read as "middle
 * dot", so the spoken form says "about 3:10, Alice, chapter: Intro", in the
 * page's language, as the episode page says its estimated times.
 */

/** The interface text a result label needs, in the show's language (src/i18n). */
export interface SearchResultStrings {
  /** Said before an estimated time: "about". */
  approximateTime: string;
  /** Said before the chapter's title, punctuation included: "chapter: ", "章节：". */
  chapter: string;
  /** Between the spoken parts: ", " (English), "，" (Chinese). */
  separator: string;
  /** A moment with no time, speaker or chapter: "Transcript". */
  transcript: string;
}

export const defaultResultStrings: SearchResultStrings = { approximateTime: "about", chapter: "chapter: ", separator: ", ", transcript: "Transcript" };

export function searchResultStrings(ui: UiStrings): SearchResultStrings {
  return { approximateTime: ui.approximateTime, chapter: ui.searchResultChapter, separator: ui.searchResultSeparator, transcript: ui.transcript };
}

export interface ResultLabel {
  /** As shown: `≈ 3:10 · Alice · Intro`. */
  text: string;
  /** As read out after an episode's title: `about 3:10, Alice, chapter: Intro`. */
  spoken: string;
  /**
   * As read out when the label is a link's whole text: `about 3:10, Alice,
   * Intro`. Every word shown is in it, in order, so a listener using voice
   * control can say what they see ("click 3:10 Alice Intro") and be
   * understood (WCAG 2.5.3, label in name); a word between them ("chapter")
   * would break that.
   */
  name: string;
}

export interface LabelledMoment {
  /** `12:34`, when the moment has a time. */
  clock?: string | undefined;
  /** True when the time is an estimate. */
  approximate?: boolean | undefined;
  speaker?: string | undefined;
  /** Title of the chapter the moment falls in. */
  chapter?: string | undefined;
}

export function momentLabel(moment: LabelledMoment, strings: SearchResultStrings): ResultLabel {
  const { clock, approximate, speaker, chapter } = moment;
  const shown = [clock && (approximate ? `≈ ${clock}` : clock), speaker, chapter].filter((part) => !!part);
  if (shown.length === 0) return { text: strings.transcript, spoken: strings.transcript, name: strings.transcript };
  const time = clock && (approximate ? `${strings.approximateTime} ${clock}` : clock);
  const spoken = [time, speaker, chapter && `${strings.chapter}${chapter}`].filter((part) => !!part);
  const name = [time, speaker, chapter].filter((part) => !!part);
  return { text: shown.join(" · "), spoken: spoken.join(strings.separator), name: name.join(strings.separator) };
}
