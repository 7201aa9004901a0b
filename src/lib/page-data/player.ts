/**
 * What the episode player remembers and says, as plain functions the
 * browser script calls and the tests check: playback speeds, the
 * listening position kept between visits, the chapter playing, and times
 * spoken in words for screen readers.
 */

/** The speeds podcast apps offer; 1 is normal. */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** Back a little to catch a missed sentence, forward more to skip an ad read (the usual podcast-app pair). */
export const SKIP_BACK = 15;
export const SKIP_FORWARD = 30;
/** localStorage keys: one speed for the whole site, one position per episode page. */
export const SPEED_KEY = "shownotes:speed";
export const positionKey = (episodeHref: string) => `shownotes:position:${episodeHref}`;

/**
 * Labels that name a time the page learns only in the browser ("Resume
 * from 12:34", "Copy link to this moment (12:34)") reach the script as
 * templates: the page's strings with this slot where the time goes.
 */
export const TIME_SLOT = "{time}";
export const withTime = (template: string, time: string) => template.replace(TIME_SLOT, time);

/** A stored speed, or 1 when nothing (or something we do not offer) was stored. */
export function readSpeed(stored: string | null): number {
  const value = Number(stored);
  return (SPEEDS as readonly number[]).includes(value) ? value : 1;
}

/** Less than this into an episode is not worth offering to resume. */
const RESUME_FROM = 5;
/** Within this much of the end the episode counts as finished (outros, music). */
const FINISHED_WITHIN = 15;

/**
 * The position worth keeping for next time, or undefined when there is
 * nothing to resume: barely started, or finished. `duration` may be NaN or
 * Infinity while the audio's length is not known yet.
 */
export function positionToKeep(time: number, duration: number): number | undefined {
  if (!Number.isFinite(time) || time < RESUME_FROM) return undefined;
  if (Number.isFinite(duration) && duration > 0 && time >= duration - FINISHED_WITHIN) return undefined;
  return Math.floor(time);
}

/** A stored position in whole seconds, or undefined when none (or garbage) was stored. */
export function readPosition(stored: string | null): number | undefined {
  if (stored === null || !/^\d+$/.test(stored)) return undefined;
  const value = Number(stored);
  return value >= RESUME_FROM ? value : undefined;
}

/** The index of the chapter playing at `time` (the last one started), or -1 before the first. */
export function chapterAt(time: number, starts: readonly number[]): number {
  let found = -1;
  for (let index = 0; index < starts.length; index++) if (starts[index]! <= time + 0.25) found = index;
  return found;
}

/**
 * Where "previous chapter" goes: the start of the chapter playing, unless
 * it began under 3 s ago, then the one before (as a CD player's back button).
 */
export function previousChapterStart(time: number, starts: readonly number[]): number {
  const index = chapterAt(time, starts);
  if (index < 0) return 0;
  if (time - starts[index]! > 3 || index === 0) return starts[index]!;
  return starts[index - 1]!;
}

/** The start of the next chapter, or undefined in the last one. */
export function nextChapterStart(time: number, starts: readonly number[]): number | undefined {
  return starts[chapterAt(time, starts) + 1];
}

/**
 * 754 → "12 minutes 34 seconds" (en), "12分钟34秒钟" (zh-CN): a time as a
 * screen reader should say it, from the browser's own unit names, so every
 * language the browser knows is spoken without a table of our own.
 */
export function spokenTime(totalSeconds: number, lang: string): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const parts: [string, number][] = [
    ["hour", Math.floor(whole / 3600)],
    ["minute", Math.floor((whole % 3600) / 60)],
    ["second", whole % 60],
  ];
  const said = parts
    .filter(([unit, n]) => n > 0 || (unit === "second" && whole === 0))
    .map(([unit, n]) => new Intl.NumberFormat(lang, { style: "unit", unit, unitDisplay: "long" }).format(n));
  return new Intl.ListFormat(lang, { type: "unit", style: "narrow" }).format(said);
}
