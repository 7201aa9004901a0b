/**
 * Conventions of subtitle files that are not part of SRT or WebVTT but that
 * every subtitler uses (Netflix and BBC subtitle guidelines, fan-sub
 * sites, YouTube's own captions):
 * - a label in brackets at the start of a cue names who speaks:
 *   "[Ann] Welcome back.", "（小明）大家好" (full-width parentheses in
 *   Chinese subtitles), "(ANN) Hi";
 * - a description of a sound stands in brackets alone: "[music]",
 *   "[Applause]", "(laughs)", "♪ … ♪", "[笑]", "（掌声）". It is kept on the
 *   page as written, marked `nonSpeech` so search and word counts can tell
 *   it from what was said.
 * A bracketed word counts as a sound when it is one of the usual sound
 * words (below), starts with a lower-case letter ("[door slams]"), or
 * holds a music note; otherwise a short capitalised name (or 1–4 Han
 * characters) followed by speech is a speaker.
 */
import type { ParsedSegment } from "./build-transcript.ts";

const SOUND_WORDS = new Set(
  [
    "music", "applause", "laughter", "laughs", "laughing", "laugh", "chuckles", "giggles", "silence", "inaudible", "crosstalk",
    "noise", "background noise", "cheering", "cheers", "sighs", "sigh", "coughs", "cough", "clapping", "static", "beep",
    "music playing", "upbeat music", "intro music", "outro music", "theme music", "indistinct chatter", "unintelligible",
    "音乐", "音樂", "笑", "笑声", "笑聲", "大笑", "掌声", "掌聲", "鼓掌", "欢呼", "歡呼", "咳嗽", "叹气", "嘆氣", "沉默", "音效", "片头曲", "片尾曲",
  ],
);

const BRACKETED = /^\s*(\[([^\]]{1,40})\]|\(([^)]{1,40})\)|（([^）]{1,20})）|【([^】]{1,20})】)\s*/u;
const NAME = /^(?:\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,2}|\p{Script=Han}{1,4})$/u;

export function isSoundDescription(inner: string): boolean {
  const words = inner.trim().toLowerCase();
  return SOUND_WORDS.has(words) || /♪|♫/.test(inner) || /^\p{Ll}/u.test(inner.trim());
}

/** Whether a whole text is one sound description: "[music]", "(laughs)", "♪ la la ♪". */
export function isNonSpeech(text: string): boolean {
  const t = text.trim();
  if (/^[♪♫].*[♪♫]$/u.test(t) || /^[♪♫]+$/u.test(t)) return true;
  const match = BRACKETED.exec(t);
  if (!match || match[0].length !== t.length) return false;
  return isSoundDescription(match[2] ?? match[3] ?? match[4] ?? match[5] ?? "");
}

/**
 * Applies the conventions to segments read from a subtitle file: a leading
 * sound description becomes its own non-speech segment (same times), a
 * leading name label becomes the speaker. Returns the segments and whether
 * each convention was used (for the parser's warnings).
 */
export function applySubtitleConventions(segments: ParsedSegment[]): { segments: ParsedSegment[]; labels: number; sounds: number } {
  const out: ParsedSegment[] = [];
  let labels = 0;
  let sounds = 0;
  for (const segment of segments) {
    let text = segment.text;
    let speaker = segment.speaker;
    for (;;) {
      const match = BRACKETED.exec(text);
      if (!match) break;
      const inner = (match[2] ?? match[3] ?? match[4] ?? match[5] ?? "").trim();
      const rest = text.slice(match[0].length);
      if (isSoundDescription(inner)) {
        sounds++;
        const { words: _words, ...sound } = segment;
        out.push({ ...sound, ...(speaker ? { speaker } : {}), text: match[1]!, nonSpeech: true });
        text = rest;
        if (rest.trim() === "") break;
        continue;
      }
      if (NAME.test(inner) && rest.trim() !== "" && !segment.speaker) {
        labels++;
        speaker = inner;
        text = rest;
      }
      break;
    }
    if (text.trim() === "") continue;
    const { speaker: _speaker, ...rest } = segment;
    out.push({ ...rest, ...(speaker ? { speaker } : {}), text, ...(isNonSpeech(text) ? { nonSpeech: true } : {}) });
  }
  return { segments: out, labels, sounds };
}

/** The lines of one cue split into turns at dialogue dashes ("- Hi." / "- Hello."), the dashes removed. */
export function dialogueTurns(lines: readonly string[]): string[][] {
  const turns: string[][] = [];
  const dashed = lines.filter((line) => /^\s*[-–‐]\s/.test(line)).length;
  for (const line of lines) {
    // One dashed line alone is a dash in speech ("- and then"), not a dialogue, unless it opens the cue beside another.
    if ((dashed >= 2 || (dashed === 1 && lines.length >= 2 && /^\s*[-–‐]\s/.test(lines[0]!))) && /^\s*[-–‐]\s/.test(line)) turns.push([line.replace(/^\s*[-–‐]\s+/, "")]);
    else if (turns.length === 0) turns.push([line]);
    else turns.at(-1)!.push(line);
  }
  return turns;
}

/** One warning per convention used, so the check says how the file was read. */
export function conventionWarnings(result: { labels: number; sounds: number }, warnings: { line: number; message: string }[], line: number): void {
  if (result.labels) {
    warnings.push({ line, message: `${result.labels === 1 ? "A label" : `${result.labels} labels`} in brackets at the start of a cue ("[Ann]", "（小明）") ${result.labels === 1 ? "was" : "were"} read as the speaker.` });
  }
  if (result.sounds) {
    warnings.push({ line, message: `${result.sounds === 1 ? "A sound description" : `${result.sounds} sound descriptions`} ("[music]", "[笑]") ${result.sounds === 1 ? "was" : "were"} kept and marked as not speech, so search and word counts can leave ${result.sounds === 1 ? "it" : "them"} out.` });
  }
}
