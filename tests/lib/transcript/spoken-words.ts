/**
 * Test helpers for "no word lost": a word stream to compare in order.
 * CJK characters count one by one (those scripts write no spaces, so a
 * join may legitimately add or remove whitespace between them); other
 * words are whitespace-separated with surrounding punctuation ignored.
 */
import type { Segment } from "../../../src/lib/transcript/index.ts";

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    for (const piece of chunk.split(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u)) {
      if (CJK.test(piece)) out.push(piece);
      else {
        const word = piece.replace(/[^\p{L}\p{N}]/gu, "");
        if (word) out.push(word);
      }
    }
  }
  return out;
}

/** Words of segments, with the speaker's name where the speaker changes (and sections where they change). */
export function segmentWords(segments: { speaker?: string; text: string; section?: string }[]): string[] {
  const out: string[] = [];
  let speaker: string | undefined;
  let section: string | undefined;
  for (const s of segments) {
    if (s.section !== section && s.section !== undefined) out.push(...words(s.section));
    section = s.section;
    if (s.speaker !== speaker && s.speaker !== undefined) out.push(...words(s.speaker));
    speaker = s.speaker;
    out.push(...words(s.text));
  }
  return out;
}

/** True when `needle` appears in `haystack` in order (gaps allowed); else the first missing word and its index. */
export function inOrder(needle: string[], haystack: string[]): true | string {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    while (j < haystack.length && haystack[j] !== needle[i]) j++;
    if (j === haystack.length) return `word ${i} "${needle[i]}" (after "${needle.slice(Math.max(0, i - 5), i).join(" ")}") is missing`;
    j++;
  }
  return true;
}

export type { Segment };
