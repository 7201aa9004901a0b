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
