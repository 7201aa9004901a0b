/**
 * Speakers written as a text prefix instead of markup: "Travis: …"
 * (Buzzsprout, Descript), "[SPEAKER_01]: …" (WhisperX diarization). Not
 * part of SRT or WebVTT, so callers report a warning when they use it.
 *
 * A capitalised "Word:" at the start of a line is also ordinary prose
 * ("Note: …"), so a name only counts when it starts at least two cues of
 * the file, or is a diarization label like SPEAKER_01, or when most cues
 * of the file start with a name (as our own SRT export writes them).
 */

const LABEL = /^\[?(SPEAKER_\d+|Speaker \d+)\]?:\s*/;
const NAME = /^((?:\p{Lu}[\p{L}\p{N}'’.\-]*)(?: \p{Lu}[\p{L}\p{N}'’.\-]*){0,2}):\s+/u;

export interface PrefixSplit {
  speaker?: string;
  text: string;
}

export function findPrefix(text: string): { name: string; length: number } | null {
  const label = LABEL.exec(text);
  if (label) return { name: label[1]!, length: label[0].length };
  const name = NAME.exec(text);
  if (name && name[1]!.length <= 40) return { name: name[1]!, length: name[0].length };
  return null;
}

/** Names used as a prefix at least twice (or diarization labels) in these texts. */
export function knownPrefixNames(texts: string[]): Set<string> {
  return prefixStyle(texts).known;
}

/**
 * The names, and whether the prefix is written on (at least half of) the
 * cues, as our exports do. If so, a cue without one has no known speaker;
 * otherwise (Buzzsprout writes the name only where the speaker changes)
 * the last name carries on to the following cues.
 */
export function prefixStyle(texts: string[]): { known: Set<string>; everyCue: boolean } {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const prefix = findPrefix(text);
    if (prefix) counts.set(prefix.name, (counts.get(prefix.name) ?? 0) + 1);
  }
  const prefixed = [...counts.values()].reduce((a, b) => a + b, 0);
  const mostly = texts.length > 0 && prefixed * 2 >= texts.length;
  const known = new Set(
    [...counts].filter(([name, count]) => mostly || count >= 2 || LABEL.test(`${name}:`)).map(([name]) => name),
  );
  return { known, everyCue: mostly };
}

export function splitPrefix(text: string, known: Set<string>): PrefixSplit {
  const prefix = findPrefix(text);
  if (prefix && known.has(prefix.name)) return { speaker: prefix.name, text: text.slice(prefix.length) };
  return { text };
}
