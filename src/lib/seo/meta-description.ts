/**
 * Meta descriptions cut to what search results show. Google trims by pixel
 * width, roughly 160 Latin characters or about 80 CJK characters (a CJK
 * character is about twice as wide), so the budget counts wide characters
 * double. Text is cut between words (Intl.Segmenter knows Chinese and Japanese
 * word boundaries), never inside a grapheme, and an ellipsis marks the cut.
 */

const DEFAULT_BUDGET = 160;
const ELLIPSIS = "…";

/** East Asian wide characters (CJK ideographs, kana, hangul, full-width forms) count as two columns. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

function columns(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Collapses whitespace (Markdown line breaks, indentation) into single spaces. */
function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function metaDescription(text: string, options: { budget?: number; locale?: string } = {}): string {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const clean = normalise(text);
  if (columns(clean) <= budget) return clean;

  const room = budget - columns(ELLIPSIS);
  const segmenter = new Intl.Segmenter(options.locale, { granularity: "word" });
  let kept = "";
  let width = 0;
  for (const { segment } of segmenter.segment(clean)) {
    const next = columns(segment);
    if (width + next > room) {
      // A single word longer than the whole budget (a URL, say): cut it by graphemes.
      if (kept === "") kept = cutGraphemes(segment, room, options.locale);
      break;
    }
    kept += segment;
    width += next;
  }
  return kept.replace(/[\s\p{P}]+$/u, "") + ELLIPSIS;
}

function cutGraphemes(text: string, room: number, locale: string | undefined): string {
  const graphemes = new Intl.Segmenter(locale, { granularity: "grapheme" });
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    if (columns(kept + segment) > room) break;
    kept += segment;
  }
  return kept;
}
