/**
 * Clock times as podcasters write them (`12:34`, `1:02:03`, `01:02:03.5`)
 * and as we print them.
 */

const CLOCK = /^(?:(\d+):)?([0-5]?\d):([0-5]\d(?:[.,]\d+)?)$/;

/** `"1:02:03"` → 3723; a bare number string is seconds. Undefined when not a time. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const match = CLOCK.exec(value);
  if (!match) return undefined;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds.replace(",", "."));
}

/** 3723 → `"1:02:03"`, 754 → `"12:34"` (the form podcast apps show). */
export function formatClock(totalSeconds: number): string {
  const whole = Math.floor(totalSeconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, "0");
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** 3723 → `"PT1H2M3S"` (ISO 8601 duration, for structured data). */
export function formatIsoDuration(totalSeconds: number): string {
  const whole = Math.round(totalSeconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds || whole === 0 ? `${seconds}S` : ""}`;
}
