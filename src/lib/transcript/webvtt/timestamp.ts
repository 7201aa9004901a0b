/** A cursor over one string, moved by the collectors below. */
export interface Cursor {
  input: string;
  position: number;
}

function collectDigits(cursor: Cursor): string {
  const start = cursor.position;
  while (cursor.position < cursor.input.length && /[0-9]/.test(cursor.input.charAt(cursor.position))) cursor.position++;
  return cursor.input.slice(start, cursor.position);
}

/**
 * W3C WebVTT §6.1 "collect a WebVTT timestamp": `[hh:]mm:ss.ttt`, hours
 * optional and of any length, minutes and seconds two digits below 60,
 * exactly three fraction digits. Returns seconds, or null on failure.
 */
export function collectTimestamp(cursor: Cursor): number | null {
  const { input } = cursor;
  const start = cursor.position;
  const fail = (): null => {
    cursor.position = start;
    return null;
  };
  let unitsAreHours = false;
  if (cursor.position >= input.length || !/[0-9]/.test(input.charAt(cursor.position))) return fail();
  const first = collectDigits(cursor);
  let value1 = Number(first);
  if (first.length !== 2 || value1 > 59) unitsAreHours = true;
  if (input.charAt(cursor.position) !== ":") return fail();
  cursor.position++;
  const second = collectDigits(cursor);
  if (second.length !== 2) return fail();
  let value2 = Number(second);
  let value3: number;
  if (unitsAreHours || input.charAt(cursor.position) === ":") {
    if (input.charAt(cursor.position) !== ":") return fail();
    cursor.position++;
    const third = collectDigits(cursor);
    if (third.length !== 2) return fail();
    value3 = Number(third);
  } else {
    value3 = value2;
    value2 = value1;
    value1 = 0;
  }
  if (input.charAt(cursor.position) !== ".") return fail();
  cursor.position++;
  const fraction = collectDigits(cursor);
  if (fraction.length !== 3) return fail();
  if (value2 > 59 || value3 > 59) return fail();
  return value1 * 3600 + value2 * 60 + value3 + Number(fraction) / 1000;
}

/**
 * Not in the spec: bare seconds with an optional fraction ("14.260") and
 * unpadded minutes ("1:03.100"), as written by some podcast tools
 * (podnews-weekly-review-2024-01-19.vtt). Only used when the strict rule
 * failed; callers report a warning.
 */
export function collectLenientTimestamp(cursor: Cursor): number | null {
  const match = /^(?:([0-9]+):)??(?:([0-9]+):)?([0-9]+)(?:[.,]([0-9]{1,3}))?(?=[ \t]|$)/.exec(
    cursor.input.slice(cursor.position),
  );
  if (!match) return null;
  cursor.position += match[0].length;
  const [, h, m, s, fraction] = match;
  // §6.1 fails a timestamp whose minutes or seconds exceed 59; leniency is
  // only about the shape, never about that ("01:75.000" is a typo, not 1:15).
  if ((m !== undefined && Number(s) > 59) || (h !== undefined && Number(m) > 59)) {
    cursor.position -= match[0].length;
    return null;
  }
  const ms = fraction ? Number(fraction.padEnd(3, "0")) : 0;
  return (Number(h ?? 0) * 3600000 + Number(m ?? 0) * 60000 + Number(s) * 1000 + ms) / 1000;
}

/** Formats seconds as WebVTT `hh:mm:ss.ttt` (SRT uses the same with a comma). */
export function formatTimestamp(seconds: number, separator: "." | "," = "."): string {
  const totalMs = Math.round(seconds * 1000);
  const ms = totalMs % 1000;
  const totalSeconds = Math.floor(totalMs / 1000);
  const s = totalSeconds % 60;
  const m = Math.floor(totalSeconds / 60) % 60;
  const h = Math.floor(totalSeconds / 3600);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms, 3)}`;
}
