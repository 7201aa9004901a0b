/**
 * Joining pieces of text without adding or losing words. Chinese and
 * Japanese write no spaces between words, so a space is only ever put
 * between two pieces when neither side of the join is CJK, or when the
 * source itself puts spaces between CJK and Latin text (see
 * `mixedScriptSeparator`).
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

const CJK_RUNS = new RegExp(`${CJK.source}+`, "gu");

/**
 * How many CJK characters a text holds. Counted run by run (a Chinese
 * segment is one or a few runs) rather than matching every character,
 * which made a string per character: measuring paragraphs was 0.8 s of CPU
 * for 200 two-hour episodes.
 */
export function countCjk(text: string): number {
  let count = 0;
  for (const run of text.match(CJK_RUNS) ?? []) count += codePoints(run);
  return count;
}

/** Characters (code points) of a string, as `[...text].length` counts them: code units minus the second half of each surrogate pair. */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count--;
    }
  }
  return count;
}

const HAN_KANA = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
// A word: a run of characters that are neither space nor Han/kana, holding at least one letter or digit.
const LATIN_WORD = new RegExp(String.raw`[^\s${HAN_KANA}]*(?:(?![${HAN_KANA}])[\p{L}\p{N}])[^\s${HAN_KANA}]*`, "gu");

/**
 * Latin-script (non-Han, non-kana) words in a text: the pieces between
 * spaces and Han/kana characters that hold a letter or a digit. One regex
 * pass instead of replace, split and filter (same reason as `countCjk`).
 */
export function countWords(text: string): number {
  return text.match(LATIN_WORD)?.length ?? 0;
}

/**
 * a + b with the right separator: none between two CJK characters, the
 * given `mixed` separator at a CJK/Latin boundary, one space otherwise.
 */
export function joinText(a: string, b: string, mixed: "" | " " = " "): string {
  if (a === "") return b;
  if (b === "") return a;
  const left = lastChar(a);
  const right = firstChar(b);
  if (/\s/.test(left!) || /\s/.test(right!)) return a + b;
  if (isCjk(left) && isCjk(right)) return a + b;
  if (isCjk(left) || isCjk(right)) return a + mixed + b;
  return `${a} ${b}`;
}

// Paragraphs are built by joining one segment at a time onto a growing
// text, so these look only at the ends: spreading the whole text into an
// array (or an unanchored-from-the-start `/\s$/`) made building a two-hour
// paragraph list quadratic (measured in the benchmark).
function lastChar(text: string): string | undefined {
  if (text === "") return undefined;
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

function firstChar(text: string): string | undefined {
  const code = text.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/**
 * How this source joins CJK and Latin text: "" when it writes them
 * touching ("assess到", as Chinese ASR output does), " " when it puts a
 * space between them ("pipeline 函数"). Decided by counting both inside
 * the texts.
 */
export function mixedScriptSeparator(texts: string[]): "" | " " {
  let touching = 0;
  let spaced = 0;
  const han = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
  const touchingPattern = new RegExp(`${han}[A-Za-z0-9]|[A-Za-z0-9]${han}`, "gu");
  const spacedPattern = new RegExp(`${han} [A-Za-z0-9]|[A-Za-z0-9] ${han}`, "gu");
  const hanOrKana = new RegExp(han, "u");
  for (const text of texts) {
    // Both patterns need a Han or kana character: most lines of an English
    // transcript have none, and one character-class scan is much cheaper
    // than two alternations tried at every letter.
    if (!hanOrKana.test(text)) continue;
    touching += text.match(touchingPattern)?.length ?? 0;
    spaced += text.match(spacedPattern)?.length ?? 0;
  }
  return touching > spaced ? "" : " ";
}

/** Lines of one cue as one line of text, spaces collapsed, CJK lines joined without a space. */
export function joinLines(lines: string[], mixed: "" | " " = " "): string {
  return lines
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "")
    .reduce((acc, line) => joinText(acc, line, mixed), "");
}
