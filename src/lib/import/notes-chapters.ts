import { formatClock, parseDuration } from "../timing/time.ts";

/**
 * A timestamped line as hosts write chapter lists in show notes, after the
 * notes became Markdown: `(00:00:40) Title`, `[12:30] Title`, `**3:00** - Title`,
 * `00:12:30 Title`, `- 05:10 – Title`, with the Markdown escapes and hard
 * breaks (`\` at the end) that conversion adds.
 */
const LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+|\\[-*+]\s+)?(?:\*\*|__|\*|_)?\\?[([]?((?:\d{1,2}:)?\d{1,2}:\d{2})\\?[)\]]?(?:\*\*|__|\*|_)?\s*(?:[-–—:|]\s*)?(\S.*?)\s*\\?\s*$/;
/** A line that only introduces the list ("Chapters:", "**Timestamps**"), removed with it. */
const INTRO = /^\s*(?:\*\*|__)?(?:chapters|timestamps|time stamps|timecodes|章节|章節|时间轴|時間軸)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*\\?\s*$/i;

const OPENING = /^(?:(?:intro(?:duction)?|opening|welcome|hello)\b|开场|開場|片头|前言)/i;

/** Chapters start "near 0": apps need 00:00, and hosts often list the first topic after a short intro. */
const NEAR_START = 90;

export interface NotesChapters {
  /** The notes without the timestamped lines. */
  markdown: string;
  /** `## Chapters` with one `- 00:00 Title` line per chapter. */
  chapters: string;
  count: number;
}

/**
 * Timestamped lines in imported show notes → the summary's `## Chapters`
 * list, when they look like chapters: at least three, times ascending, the
 * first near 0 (Apple and Spotify read chapter lists from descriptions by the
 * same rules). Anything else is left as written.
 */
export function chaptersFromNotes(markdown: string, labels: { heading: string; opening: string }): NotesChapters | undefined {
  const lines = markdown.split("\n");
  // Runs of timestamped lines in ascending time; the first that looks like chapters is taken.
  const runs: { index: number; start: number; title: string }[][] = [];
  for (const [index, line] of lines.entries()) {
    const match = LINE.exec(line);
    const start = match ? parseDuration(match[1]!) : undefined;
    if (!match || start === undefined) continue;
    const entry = { index, start, title: match[2]!.replace(/^\\(?=[-*+#])/, "") };
    const run = runs.at(-1);
    if (run && run.at(-1)!.start < start) run.push(entry);
    else runs.push([entry]);
  }
  const found = runs.find((run) => run.length >= 3 && run[0]!.start <= NEAR_START);
  if (!found) return undefined;

  const drop = new Set(found.map((line) => line.index));
  const before = found[0]!.index - 1;
  if (before >= 0 && INTRO.test(lines[before]!)) drop.add(before);
  const kept = lines.filter((_, index) => !drop.has(index));
  // A hard break (`\`) before a removed line would now end a paragraph, where Markdown shows it as a backslash.
  const cleaned = kept.map((line, i) => (/\\$/.test(line) && (kept[i + 1] ?? "").trim() === "" ? line.replace(/\s*\\$/, "") : line));
  const items = found.map((line) => ({ start: line.start, title: line.title }));
  // Apps need a chapter at 00:00: an opening chapter is added, or the first one moved there when it already is the opening.
  if (items[0]!.start > 0 && OPENING.test(items[0]!.title)) items[0]!.start = 0;
  else if (items[0]!.start > 0) items.unshift({ start: 0, title: labels.opening });
  return {
    markdown: cleaned.join("\n").replace(/\n{3,}/g, "\n\n").trim(),
    chapters: `## ${labels.heading}\n\n${items.map((item) => `- ${clock(item.start)} ${item.title}`).join("\n")}`,
    count: items.length,
  };
}

/** `00:00`, `12:34`, `1:02:03`: podcast apps want two-digit minutes. */
function clock(seconds: number): string {
  const text = formatClock(seconds);
  return text.length === 4 ? `0${text}` : text;
}
