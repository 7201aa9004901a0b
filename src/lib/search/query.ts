import { wordJoiner } from "./segment.ts";

/**
 * What a listener's query requires of a result, and the check that a text
 * really meets it. Pagefind ranks; this decides what may be shown
 * ("every result shown must contain the words searched for").
 */

/** One thing the result's text must contain. */
export interface QueryTerm {
  /** Normalised form (NFKC, lower case, inner whitespace collapsed). */
  text: string;
  /** Written without spaces between words (Han, kana, Hangul, Thai…): matched as a substring, ignoring spaces. */
  unspaced: boolean;
}

const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const invisible = new RegExp(`[${wordJoiner}\\u00AD\\uFEFF]`, "g");
const invisibleChar = new RegExp(`[${wordJoiner}\\u00AD\\uFEFF]`);

/** NFKC, lower case, U+200B and soft hyphens removed, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(invisible, "").replace(/\s+/g, " ").trim();
}

/**
 * The terms of a query: `"quoted phrases"` stay whole, everything else splits
 * on whitespace. Punctuation at the edges of a term is dropped (Pagefind drops
 * it too). `stable diffusion` → two terms; `"stable diffusion"` → one.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const add = (raw: string) => {
    const text = normalizeText(raw).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
    if (text && !terms.some((term) => term.text === text)) terms.push({ text, unspaced: unspacedScript.test(text) });
  };
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    if (match[1] !== undefined) add(match[1]);
    else if (match[2] !== undefined) add(match[2].replaceAll('"', ""));
  }
  return terms;
}

/** A text prepared once for checking many terms against it. */
export interface CheckedText {
  /** Normalised text. */
  spaced: string;
  /** Normalised text without any whitespace, for terms in unspaced scripts. */
  compact: string;
}

export function prepareText(text: string): CheckedText {
  const spaced = normalizeText(text);
  return { spaced, compact: spaced.replace(/\s+/g, "") };
}

/** English endings Pagefind's stemmer folds (moats → moat, investing → invest), so a stemmed match still counts as containing the word. */
const endings = /(?:ies|es|s|ing|ed|ly)$/;

/**
 * Whether the text contains the term. Unspaced-script terms must occur as a
 * substring with spaces ignored (护城河 inside 大模型的护城河在哪里). Other terms
 * must start a word (no letter or digit of the same script before them), so
 * `c` never matches inside `ChatGPT` and `ai` not inside `maintain`; a word
 * that only differs by a common English ending also counts.
 */
export function containsTerm(text: CheckedText, term: QueryTerm): boolean {
  if (term.unspaced) return text.compact.includes(term.text.replace(/\s+/g, ""));
  const stem = term.text.length > 4 ? term.text.replace(endings, "") : term.text;
  const pattern = new RegExp(`(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}])${escapeRegExp(stem)}`, "u");
  return pattern.test(text.spaced);
}

export function containsAllTerms(text: CheckedText, terms: QueryTerm[]): boolean {
  return terms.every((term) => containsTerm(text, term));
}

/**
 * Where a term first occurs in `text`, as offsets into `text` itself (not the
 * normalised copy), for cutting and marking an excerpt; undefined when absent.
 */
export function findTerm(text: string, term: QueryTerm): { start: number; end: number } | undefined {
  const needle = term.unspaced ? term.text.replace(/\s+/g, "") : term.text;
  // Fold the text the way terms are normalised, remembering where each folded
  // character came from.
  const origins: number[] = [];
  let folded = "";
  let index = 0;
  for (const char of text) {
    const skip = invisibleChar.test(char) || (term.unspaced && /\s/.test(char));
    if (!skip) {
      for (const piece of char.normalize("NFKC").toLowerCase()) {
        folded += piece;
        origins.push(index);
      }
    }
    index += char.length;
  }
  const at = folded.indexOf(needle);
  if (at < 0) return undefined;
  const last = origins[at + needle.length - 1] ?? text.length - 1;
  return { start: origins[at] ?? 0, end: last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
