/**
 * Does a takeaway's quotation appear in the transcript near the moment it
 * cites? (Issue 4: the build warns when it does not.) Matching ignores case,
 * spaces and punctuation, so ASR transcripts without punctuation and quotes
 * with added punctuation still match, and Chinese works as written.
 */

export interface QuoteParagraph {
  start?: number;
  end?: number;
  text: string;
}

/** How far around the cited time we look, in seconds: citations are usually rounded down, and a paragraph may start a while before. */
export const QUOTE_WINDOW = { before: 60, after: 120 };

/** Quoted phrases in a takeaway: "…", “…”, 「…」 and 『…』. */
export function quotedPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const match of text.matchAll(/"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/g)) {
    const phrase = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? "").trim();
    if (phrase) phrases.push(phrase);
  }
  return phrases;
}

/** Letters and digits only, lower case, width-folded (NFKC): what we compare. */
export function normalizeForMatch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * True when `phrase` occurs in the transcript text spoken within
 * [seconds − before, seconds + after]. Paragraphs without times are skipped;
 * consecutive paragraphs are joined, so a quote may cross a paragraph break.
 */
export function quoteNearMoment(phrase: string, seconds: number, paragraphs: readonly QuoteParagraph[]): boolean {
  const from = seconds - QUOTE_WINDOW.before;
  const to = seconds + QUOTE_WINDOW.after;
  const nearby = paragraphs.filter((paragraph, index) => {
    if (paragraph.start === undefined) return false;
    const end = paragraph.end ?? paragraphs[index + 1]?.start ?? Infinity;
    return paragraph.start <= to && end >= from;
  });
  const needle = normalizeForMatch(phrase);
  return needle.length > 0 && normalizeForMatch(nearby.map((p) => p.text).join(" ")).includes(needle);
}
