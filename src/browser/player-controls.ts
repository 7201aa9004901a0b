/**
 * The episode player's own controls, swapped in for the browser's when the
 * script runs: play/pause, back 15 s and forward 30 s, a progress bar with
 * chapter marks, the chapter playing, a speed remembered across episodes,
 * the listening position remembered per episode, and the lock screen /
 * headphone buttons (Media Session API).
 *
 * Hand-written rather than media-chrome: the media-chrome elements this
 * player would need (controller, play, seek back/forward, time range, time
 * display, playback rate) weigh 36 KB gzipped (media-chrome 4.19, bundled
 * and minified with esbuild), seven times the 5 KB the whole episode page
 * may spend on script, and its time range reads chapters only from a WebVTT
 * chapters track, which the site does not publish. These controls are plain
 * buttons, a range input and a select: the browser gives them their keys
 * and accessible roles for free.
 */
import type { PlayerView } from "../lib/page-data/episode-view.ts";
import {
  chapterAt,
  nextChapterStart,
  positionKey,
  positionToKeep,
  previousChapterStart,
  readPosition,
  readSpeed,
  SKIP_BACK,
  SKIP_FORWARD,
  SPEED_KEY,
  spokenTime,
  withTime,
} from "../lib/page-data/player.ts";
import { formatClock } from "../lib/timing/time.ts";

/** How often the listening position is written while playing. */
const SAVE_EVERY_MS = 5000;

/**
 * Reads `key` (no value given), forgets it (`null`) or writes it. Storage
 * may be refused (private modes, blocked site data): the player then
 * simply forgets.
 */
function remember(key: string, value?: string | null): string | null {
  try {
    if (value === undefined) return localStorage.getItem(key);
    value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value);
  } catch {}
  return null;
}

/** `landed`: the address asked for a moment (`?t=`), which wins over resuming where the listener left off. */
export function enhancePlayer(host: HTMLElement, audio: HTMLAudioElement, landed: boolean): void {
  const data = JSON.parse(host.dataset.player!) as PlayerView;
  const $ = <T extends HTMLElement>(selector: string) => host.querySelector<T>(selector)!;
  const play = $<HTMLButtonElement>(".play");
  const progress = $<HTMLInputElement>(".progress");
  const speed = $<HTMLSelectElement>(".speed");
  const resume = $<HTMLButtonElement>(".resume-position");
  const starts = data.chapters.map((chapter) => chapter.start);
  const lang = document.documentElement.lang;
  const key = positionKey(host.dataset.episode!);
  const start = () => void audio.play().catch(() => {});
  // NaN before the audio's length is known: no limit then.
  const seek = (time: number) => (audio.currentTime = Math.max(0, Math.min(time, audio.duration || Infinity)));

  $(".controls").hidden = false;
  audio.controls = false;
  play.onclick = () => (audio.paused ? start() : audio.pause());
  $(".skip-back").onclick = () => seek(audio.currentTime - SKIP_BACK);
  $(".skip-forward").onclick = () => seek(audio.currentTime + SKIP_FORWARD);

  // The default rate too: loading the audio resets the rate to it.
  const setRate = (rate: number) => (speed.value = String((audio.defaultPlaybackRate = audio.playbackRate = rate)));
  setRate(readSpeed(remember(SPEED_KEY)));
  speed.onchange = () => remember(SPEED_KEY, String(setRate(readSpeed(speed.value))));

  // While the listener drags the bar it shows where they are going; the
  // audio seeks once, when they let go, rather than fetching every step.
  let dragging = false;
  progress.oninput = () => {
    dragging = true;
    show(progress.valueAsNumber);
  };
  progress.onchange = () => {
    dragging = false;
    seek(progress.valueAsNumber);
  };

  let chapter = -2;
  let second = -1;
  function show(time: number) {
    const length = audio.duration || Number(progress.max);
    progress.style.setProperty("--progress", `${(time / length) * 100 || 0}%`);
    if (Math.floor(time) !== second) {
      second = Math.floor(time);
      $(".elapsed").textContent = formatClock(time);
      progress.setAttribute("aria-valuetext", host.dataset.positionOf!.replace("{now}", spokenTime(time, lang)).replace("{total}", spokenTime(length, lang)));
    }
    const index = chapterAt(time, starts);
    if (index !== chapter) {
      chapter = index;
      $(".now-chapter").hidden = index < 0;
      $(".now-title").textContent = data.chapters[index]?.title ?? "";
    }
  }
  function render() {
    const length = audio.duration;
    if (length > 0 && length < Infinity) {
      progress.max = String(Math.floor(length));
      $(".total").textContent = formatClock(length);
      // The audio's own length places the marks, in case the stated duration was off.
      host.querySelectorAll<HTMLElement>(".mark").forEach((mark, at) => mark.style.setProperty("--at", String(Math.min(1, starts[at]! / length))));
    }
    if (!dragging) show((progress.valueAsNumber = audio.currentTime));
  }
  for (const type of ["loadedmetadata", "timeupdate", "seeked"]) audio.addEventListener(type, render);
  render();

  // The listening position: kept only once the listener has played this
  // visit, so opening the page (or a shared ?t= link) never overwrites it.
  // Near the end positionToKeep gives nothing, so finishing forgets it.
  let played = false;
  let savedAt = 0;
  const save = () => {
    if (!played) return;
    savedAt = Date.now();
    remember(key, positionToKeep(audio.currentTime, audio.duration)?.toString() ?? null);
  };
  audio.addEventListener("play", () => {
    played = true;
    savedAt = Date.now();
    resume.hidden = true;
  });
  audio.addEventListener("timeupdate", () => !audio.paused && Date.now() - savedAt > SAVE_EVERY_MS && save());
  audio.addEventListener("pause", save);
  addEventListener("pagehide", save);
  const saved = readPosition(remember(key));
  if (saved !== undefined && !landed) {
    resume.textContent = withTime(host.dataset.resumeFrom!, formatClock(saved));
    resume.hidden = false;
    resume.onclick = () => {
      seek(saved);
      start();
    };
  }

  // Lock screen, notification, headphones and car buttons.
  const session = navigator.mediaSession;
  const position = () =>
    audio.duration < Infinity && session?.setPositionState({ duration: audio.duration, playbackRate: audio.playbackRate, position: Math.min(audio.currentTime, audio.duration) });
  for (const type of ["play", "pause", "loadedmetadata", "ratechange", "seeked"]) {
    audio.addEventListener(type, () => {
      host.classList.toggle("is-playing", !audio.paused);
      play.setAttribute("aria-label", (audio.paused ? host.dataset.play : host.dataset.pause)!);
      position();
    });
  }
  if (!session) return;
  const { title, artist, album, artwork } = data.session;
  session.metadata = new MediaMetadata({ title, artist, album, artwork: artwork ? [{ src: new URL(artwork, location.href).href }] : [] });
  const actions: [MediaSessionAction, MediaSessionActionHandler][] = [
    ["play", start],
    ["pause", () => audio.pause()],
    ["seekbackward", (details) => seek(audio.currentTime - (details.seekOffset || SKIP_BACK))],
    ["seekforward", (details) => seek(audio.currentTime + (details.seekOffset || SKIP_FORWARD))],
    ["seekto", (details) => seek(details.seekTime!)],
  ];
  // Previous/next track walk the chapters; without chapters those buttons stay off.
  if (starts.length > 0) {
    actions.push(
      ["previoustrack", () => seek(previousChapterStart(audio.currentTime, starts))],
      ["nexttrack", () => seek(nextChapterStart(audio.currentTime, starts) ?? audio.currentTime)],
    );
  }
  for (const [action, handler] of actions) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // A browser that does not know an action refuses it; the others still work.
    }
  }
}
