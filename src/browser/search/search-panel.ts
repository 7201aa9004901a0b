import { en } from "../../i18n/en.ts";
import { resultSummary, searchPanelStrings, type SearchPanelStrings } from "../../lib/search/panel-strings.ts";
import { resultCardRenderer, type CardData } from "../search-card.ts";
import type { SearchEngine } from "../search-ui.ts";
import { element } from "../dom.ts";

/**
 * The search box and its results, as the header popup (search-box.ts) and
 * /search/ (search-page.ts) both show them: a labelled search field, a line
 * saying how many results (a live region, so a screen reader hears it), the
 * result cards (search-card.ts), "More results", and the popup's note when
 * it checked fewer candidates than it found.
 *
 * Typing searches as you go; a slower answer to an older query is dropped,
 * so the list always shows what the box says. ↓ and ↑ move between the box
 * and every link in the results, as in a menu; Enter follows the link.
 */

export interface SearchPanelOptions {
  /** The engine, loaded on the first query (search-ui.ts). */
  engine: () => Promise<SearchEngine>;
  strings: Partial<SearchPanelStrings>;
  /** Results shown before "More results". */
  pageSize: number;
  /** Most moments listed under a result. */
  maxMoments: number;
  /** Where the note about unchecked candidates links to (the full search page with this query); no note without it. */
  fullResults?: (term: string) => string;
}

/** Waits this long after the last keystroke: a fast typist's word is one query, not five. */
const TYPING_PAUSE_MS = 150;

let panels = 0;

export class SearchPanel {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  /** Where a page puts its own controls (filters, sort), between the box and the results. */
  readonly controls: HTMLDivElement;
  /** Filters and sort of the next query, Pagefind's shape (`{ tag: ["AI"] }`, `{ date: "desc" }`). */
  filters: Record<string, string[]> = {};
  sort: Record<string, string> = {};
  /** Called with each query as it runs (the search page keeps its address in step). */
  onSearch: ((term: string) => void) | undefined;
  /** Called with each answer's filter counts (the search page shows them in its filters). */
  onResults: ((filters: Record<string, Record<string, number>>) => void) | undefined;

  readonly #options: SearchPanelOptions & { strings: SearchPanelStrings };
  readonly #summary: HTMLParagraphElement;
  readonly #list: HTMLOListElement;
  readonly #more: HTMLButtonElement;
  readonly #partial: HTMLParagraphElement;
  readonly #card: (data: CardData) => HTMLLIElement;
  #run = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;
  #pending: { data(): Promise<unknown> }[] = [];

  constructor(options: SearchPanelOptions) {
    // A site's own SearchBox written for an older version passes no strings: English, as before.
    const strings = { ...searchPanelStrings(en), ...options.strings };
    this.#options = { ...options, strings };
    this.#card = resultCardRenderer(options.maxMoments);
    const id = `search-input-${++panels}`;

    this.input = element("input", "search-input");
    Object.assign(this.input, { type: "search", id, placeholder: strings.placeholder, autocomplete: "off", spellcheck: false, autofocus: true });
    this.input.setAttribute("enterkeyhint", "search");
    const label = element("label", "visually-hidden", [strings.label]);
    label.htmlFor = id;
    const form = element("form", "search-form", [label, this.input]);
    form.setAttribute("role", "search");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#searchNow();
    });
    this.input.addEventListener("input", () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => this.#searchNow(), TYPING_PAUSE_MS);
    });

    this.controls = element("div", "search-controls");
    this.#summary = element("p", "search-summary");
    this.#summary.setAttribute("role", "status");
    this.#list = element("ol", "search-results");
    this.#more = element("button", "search-more", [strings.loadMore]);
    this.#more.type = "button";
    this.#more.hidden = true;
    this.#more.addEventListener("click", () => void this.#showMore(true));
    // Only the popup has the note (the full page it links to has none); its link is a real one from the start.
    const partialLink = element("a", "", [strings.partialLink]);
    partialLink.href = options.fullResults?.("") ?? "";
    this.#partial = element("p", "search-partial", [strings.partial, " ", partialLink]);
    this.#partial.hidden = true;

    const parts = [form, this.controls, this.#summary, this.#list, this.#more, ...(options.fullResults ? [this.#partial] : [])];
    this.element = element("div", "search-panel", parts);
    this.element.addEventListener("keydown", (event) => this.#arrowKeys(event));
  }

  /** Runs `term` now, as if typed into the box. */
  search(term: string): void {
    this.input.value = term;
    this.#searchNow();
  }

  /** Runs the box's query again (after a filter or the sort changed). */
  refresh(): void {
    this.#searchNow();
  }

  #searchNow(): void {
    clearTimeout(this.#typing);
    void this.#runQuery(this.input.value.trim());
  }

  async #runQuery(term: string): Promise<void> {
    const run = ++this.#run;
    const chosen = Object.values(this.filters).flat();
    this.onSearch?.(term);
    if (!term && chosen.length === 0) {
      this.onResults?.({});
      this.#show(run, [], "", true);
      return;
    }
    this.#summary.textContent = this.#options.strings.searching;
    try {
      const engine = await this.#options.engine();
      const filters = Object.fromEntries(Object.entries(this.filters).filter(([, values]) => values.length > 0));
      const response = await engine.search(term || null, { filters, sort: this.sort });
      if (run !== this.#run) return;
      this.onResults?.(response?.filters ?? {});
      // Browsing by filter alone: the line names what was chosen.
      this.#show(run, response?.results ?? [], term || chosen.join(", "), response?.complete !== false || !term);
    } catch (error) {
      if (run !== this.#run) return;
      this.#summary.textContent = this.#options.strings.failed;
      console.error(error);
    }
  }

  #show(run: number, results: { data(): Promise<unknown> }[], said: string, complete: boolean): void {
    this.#list.replaceChildren();
    this.#pending = results;
    this.#summary.textContent = said ? resultSummary(this.#options.strings, results.length, said) : "";
    const { fullResults } = this.#options;
    this.#partial.hidden = complete || !fullResults;
    if (fullResults) this.#partial.querySelector("a")?.setAttribute("href", fullResults(said));
    void this.#showMore(false, run);
  }

  /** Draws the next page of results; with `focus`, moves focus to the first new one (so "More results" does not strand it). */
  async #showMore(focus: boolean, run = this.#run): Promise<void> {
    const next = this.#pending.splice(0, this.#options.pageSize);
    this.#more.hidden = true;
    const cards = (await Promise.all(next.map((result) => result.data()))).map((data) => this.#card(data as CardData));
    if (run !== this.#run) return;
    this.#list.append(...cards);
    this.#more.hidden = this.#pending.length === 0;
    if (focus) cards[0]?.querySelector("a")?.focus();
  }

  #arrowKeys(event: KeyboardEvent): void {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const stops: HTMLElement[] = [this.input, ...this.#list.querySelectorAll("a")];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === "ArrowDown" ? 1 : -1)))];
    next?.focus();
  }
}
