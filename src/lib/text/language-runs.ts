/**
 * Marks the English stretches inside Chinese, Japanese or Korean text so
 * browsers pick the right fonts and hyphenation and screen readers switch
 * voice for them (WCAG 3.1.2, language of parts). Podcasts in these
 * languages mix in English terms ("too early to investment", "stable
 * diffusion"); transcripts say nothing about it, so we go by script: a run of
 * Latin-script words counts as English when it holds a word of two or more
 * letters, so a lone letter glued to Chinese (`c端`, `B端`) stays Chinese.
 */

export interface LanguageRun {
  text: string;
  /** Set on stretches in another language than the page's. */
  lang?: string;
}

const CJK_LANGUAGES = new Set(["zh", "ja", "ko"]);
/** Latin-script words (with inner digits, apostrophes, dots, dashes) separated by spaces or tabs. */
const LATIN_RUN = /[A-Za-z][\w'’.-]*(?:[ \t]+[A-Za-z0-9][\w'’.-]*)*/g;
const REAL_WORD = /[A-Za-z]{2,}/;

export function languageRuns(text: string, pageLang: string): LanguageRun[] {
  const primary = pageLang.split("-")[0]?.toLowerCase() ?? "";
  if (!CJK_LANGUAGES.has(primary)) return [{ text }];
  const runs: LanguageRun[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    const word = match[0].replace(/[.'’-]+$/, "");
    if (!REAL_WORD.test(word)) continue;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: word, lang: "en" });
    last = start + word.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
