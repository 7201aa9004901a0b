/**
 * <moment-player>: enhances the episode page. Everything here is
 * progressive: moment links are real links and land without it.
 * - `?t=754`, `#t=754`, `#t=12:34` land on that paragraph, highlight it and
 *   set the player there; `?t=754,812` plays that span and stops.
 * - clicking a moment link on this page seeks instead of reloading.
 * - while playing, the current paragraph is highlighted and followed;
 *   following stops when the reader scrolls and resumes from a button.
 * - keys: space/k play-pause, j/l back/forward 10 s, not while typing.
 * - "copy link" per paragraph.
 * - the player's own controls (player-controls.ts) replace the browser's.
 */
import { momentFromUrl, paragraphAt, type MomentRange } from "../lib/timing/moments.ts";
import { withTime } from "../lib/page-data/player.ts";
import { enhancePlayer } from "./player-controls.ts";

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
const SKIP_SECONDS = 10;

class MomentPlayer extends HTMLElement {
  audio: HTMLAudioElement | null = null;
  paragraphs: { id: string; start: number; el: HTMLElement }[] = [];
  current: HTMLElement | undefined;
  following = true;
  stopAt: number | undefined;
  resume: HTMLButtonElement | null = null;
  /** Until when scroll events are our own follow scrolling (a fallback in case "scrollend" never comes). */
  ownScrollUntil = 0;

  connectedCallback() {
    this.audio = this.querySelector("audio");
    this.resume = this.querySelector(".resume-following");
    this.paragraphs = [...document.querySelectorAll<HTMLElement>(".para[data-start]")].map((el) => ({
      id: el.id,
      start: Number(el.dataset.start),
      el,
    }));
    const moment = momentFromUrl(new URL(location.href));
    this.land(moment);
    addEventListener("hashchange", () => this.land(momentFromUrl(new URL(location.href))));
    document.addEventListener("click", (event) => this.onClick(event));
    addCopyButtons();
    // A site's own Transcript component may still write its buttons, hidden until the script runs.
    for (const button of document.querySelectorAll<HTMLButtonElement>(".copy-moment")) button.hidden = false;

    const audio = this.audio;
    if (!audio) return;
    // A Player component replaced by the site's own may have only the audio: it keeps the browser's controls.
    if (this.dataset.player && this.querySelector(".controls")) enhancePlayer(this, audio, moment !== undefined);
    audio.addEventListener("timeupdate", () => this.onTime());
    audio.addEventListener("play", () => this.follow(true));
    document.addEventListener("keydown", (event) => this.onKey(event));
    // Any scroll that is not ours (wheel, touch, keys, scrollbar) stops
    // following; our own scrolls are ignored until they end.
    addEventListener("scrollend", () => (this.ownScrollUntil = 0));
    addEventListener(
      "scroll",
      () => {
        if (performance.now() < this.ownScrollUntil || audio.paused || !this.following) return;
        this.following = false;
        if (this.resume) this.resume.hidden = false;
      },
      { passive: true },
    );
    this.resume?.addEventListener("click", () => this.follow(true));
  }

  /** Scrolls a paragraph into view and marks it as the one the address asked for. */
  land(moment: MomentRange | undefined) {
    if (!moment) return;
    const target = paragraphAt(moment.start, this.paragraphs);
    if (target) {
      document.querySelector(".is-target")?.classList.remove("is-target");
      target.el.classList.add("is-target");
      this.reveal(target.el, "instant");
      this.mark(target.el);
    }
    if (!this.audio) return;
    this.audio.currentTime = moment.start;
    this.stopAt = moment.end;
    // A span asks to be played; browsers may refuse without a click, which is fine.
    if (moment.end !== undefined) this.audio.play().catch(() => {});
  }

  onClick(event: MouseEvent) {
    const target = event.target as Element;
    const copy = target.closest<HTMLButtonElement>(".copy-moment");
    if (copy) {
      void this.copy(copy);
      return;
    }
    const link = target.closest<HTMLAnchorElement>("a[data-t]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    const url = new URL(link.href);
    if (url.pathname !== location.pathname) return;
    event.preventDefault();
    history.replaceState(null, "", url);
    this.land(momentFromUrl(url));
    this.audio?.play().catch(() => {});
  }

  onTime() {
    const audio = this.audio as HTMLAudioElement;
    if (this.stopAt !== undefined && audio.currentTime >= this.stopAt) {
      audio.pause();
      this.stopAt = undefined;
    }
    const paragraph = paragraphAt(audio.currentTime, this.paragraphs);
    if (paragraph && paragraph.el !== this.current) {
      this.mark(paragraph.el);
      if (this.following && !audio.paused) this.followTo(paragraph.el);
    }
  }

  mark(el: HTMLElement) {
    this.current?.classList.remove("is-current");
    this.current?.removeAttribute("aria-current");
    el.classList.add("is-current");
    el.setAttribute("aria-current", "true");
    this.current = el;
  }

  follow(on: boolean) {
    this.following = on;
    if (this.resume) this.resume.hidden = true;
    if (on && this.current && this.audio && !this.audio.paused) this.followTo(this.current);
  }

  followTo(el: HTMLElement) {
    const box = el.getBoundingClientRect();
    // Leave the text alone while the paragraph is comfortably on screen.
    if (box.top > innerHeight * 0.15 && box.bottom < innerHeight * 0.85) return;
    this.reveal(el, reducedMotion.matches ? "instant" : "smooth");
  }

  /** Centres a paragraph; a tall one is brought in by its start (scroll-margin keeps it clear of the sticky player). */
  reveal(el: HTMLElement, behavior: ScrollBehavior) {
    this.ownScrollUntil = performance.now() + 1500;
    const block = el.getBoundingClientRect().height > innerHeight * 0.6 ? "start" : "center";
    el.scrollIntoView({ block, behavior });
  }

  onKey(event: KeyboardEvent) {
    const audio = this.audio as HTMLAudioElement;
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    // Space on a focused button or link belongs to that control.
    if (key === " " && (event.target as Element).closest?.("button, a, audio, summary")) return;
    if (key === " " || key === "k") audio.paused ? audio.play().catch(() => {}) : audio.pause();
    else if (key === "j") audio.currentTime = Math.max(0, audio.currentTime - SKIP_SECONDS);
    else if (key === "l") audio.currentTime += SKIP_SECONDS;
    else return;
    event.preventDefault();
  }

  async copy(button: HTMLButtonElement) {
    const label = button.textContent;
    const copied = await navigator.clipboard.writeText(new URL(button.dataset.href ?? "", location.href).href).then(
      () => true,
      () => false,
    );
    // Without clipboard access the button stays as it was; the time link beside it is the same address.
    if (!copied) return;
    button.textContent = this.dataset.copied ?? label;
    const status = this.querySelector("[role=status]");
    if (status) status.textContent = this.dataset.copied ?? "";
    setTimeout(() => {
      button.textContent = label;
      if (status) status.textContent = "";
    }, 2000);
  }
}


/**
 * A "Copy link" button for each transcript paragraph, labelled from the
 * transcript's `data-copy-*` strings. Made here rather than written into
 * the page: they work only with the script, and a two-hour transcript's
 * hundred-odd buttons were a sixth of its page's bytes (216 KB before, 181 KB after, in `npm run bench`).
 */
function addCopyButtons() {
  const transcript = document.querySelector<HTMLElement>(".transcript[data-copy-label]");
  if (!transcript) return;
  const { copyLabel = "", copyMoment = "", copyParagraph = "" } = transcript.dataset;
  for (const paragraph of transcript.querySelectorAll<HTMLElement>(".para")) {
    const meta = paragraph.querySelector(".para-meta");
    if (!meta || meta.querySelector(".copy-moment")) continue;
    const time = meta.querySelector<HTMLAnchorElement>("a.time");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-moment";
    button.textContent = copyLabel;
    // The moment's own link, or, for an untimed paragraph, the page's address with the paragraph's anchor.
    button.dataset.href = time?.getAttribute("href") ?? `${location.pathname}#${paragraph.id}`;
    button.setAttribute("aria-label", time ? withTime(copyMoment, time.textContent ?? "") : copyParagraph);
    meta.append(button);
  }
}

/** Keys belong to a field being typed in; the progress bar (a range input) takes only the arrows, so the player's keys still work there. */
function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement && target.type === "range") return false;
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

customElements.define("moment-player", MomentPlayer);
