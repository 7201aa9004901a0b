/**
 * Clock times as people type them in transcripts: "0:42", "04:33",
 * "01:28:05.29", "00:00:07", "00:00.440". Hours optional, fraction
 * optional with 1–3 digits.
 */
export const CLOCK = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;

export function clockToSeconds(text: string): number {
  const [main, fraction = ""] = text.split(/[.,]/);
  const parts = (main ?? "").split(":").map(Number);
  const whole = parts.reduce((acc, part) => acc * 60 + part, 0);
  return whole + (fraction ? Number(`0.${fraction}`) : 0);
}

/**
 * 1-based column of the part of a "start --> end" line that is wrong: the
 * start time if it does not read as `valid`, else the end time.
 */
export function badTimeColumn(line: string, valid: RegExp): number {
  const arrow = line.indexOf("-->");
  const left = arrow === -1 ? line : line.slice(0, arrow);
  if (!valid.test(left.trim())) return left.search(/\S|$/) + 1;
  const right = line.slice(arrow + 3);
  return arrow + 3 + right.search(/\S|$/) + 1;
}

const TIMING_TIME = String.raw`\d+(?::\d{1,2}){0,2}[.,]\d{1,3}|\d+(?::\d{1,2}){1,2}`;
// Arrows as editors and autocorrect damage them: one dash lost, an en or em
// dash for the two hyphens ("—>" is what a word processor makes of "-->"),
// a space inside, a doubled ">", a Unicode arrow, or the arrow gone.
const DAMAGED_ARROW = String.raw`-->>+|-{1,2} +-? *>|- ?- ?- ?>|-{3,}>?|->|[—–]-?>|=+>|[→⟶⇒]|[—–]|--|(?=[ \t])`;
const DAMAGED_TIMING = new RegExp(String.raw`^([ \t]*)((?:${TIMING_TIME}))[ \t]*(${DAMAGED_ARROW})[ \t]*((?:${TIMING_TIME}))((?:[ \t].*)?)$`);

/**
 * A cue time line whose "-->" was damaged ("00:00:03,000 -> 00:00:04,000"),
 * rewritten with a proper arrow, and the damaged arrow as written; null for
 * any other line (including correct ones). Both sides must look like clock
 * times with a colon, so prose such as "from 10 to 20" is never taken for one.
 */
export function repairTimingArrow(line: string): { line: string; arrow: string } | null {
  const match = DAMAGED_TIMING.exec(line);
  if (!match || match[3] === "-->") return null;
  const [, indent, start, arrow, end, rest] = match;
  return { line: `${indent}${start} --> ${end}${rest}`, arrow: arrow! };
}

/** The warning for a repaired arrow, naming what was there. */
export function repairedArrowMessage(arrow: string): string {
  return arrow === ""
    ? 'The "-->" between the two cue times is missing; read the line as a time line anyway.'
    : `The "-->" between the two cue times is damaged (written "${arrow}"); read it as "-->".`;
}
