/** Han, Kana, Hangul and other scripts that do not turn into a readable Latin slug. */
const NON_LATIN_WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

/**
 * The folder name (and address) for a new episode. Latin titles become
 * `lowercase-words-with-dashes` (accents dropped). Titles in Chinese and
 * other non-Latin scripts get `episode-<number>`: turning 汉字 into pinyin
 * needs a large dictionary to pick readings (多音字), and no well-kept one
 * works offline; keeping only the Latin words ("AI 创业与投资" → "ai") would
 * give misleading addresses. `--slug` always wins.
 */
export function episodeSlug(title: string, number: number): string {
  const fallback = `episode-${number}`;
  if (NON_LATIN_WORDS.test(title)) return fallback;
  const slug = title
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" ? fallback : slug;
}

/** What `check` accepts without a warning, and what is safe in a URL. */
export function isGoodSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
