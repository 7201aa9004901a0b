import { resultCardRenderer } from "./search-card.ts";
import { loadSearchUi } from "./search-ui.ts";

/**
 * The header's search: a real link to /search/ (works without JavaScript),
 * enhanced into Pagefind's modal on click or Ctrl/Cmd+K. The Component UI is
 * fetched only then (search-ui.ts). On Apple platforms the shortcut reads ⌘K.
 * The popup checks at most `POPUP_CHECKED` candidates (precise-search.ts);
 * when Pagefind found more, a note under the results says so and links to
 * the full page, which checks up to 50.
 */

/**
 * Checking a candidate downloads its page's whole indexed text: about 20 KB
 * for a two-hour Chinese episode. 20 candidates made the first query 650 KB
 * on a 1,000-episode archive; the popup shows five results before
 * "load more", so it checks five.
 */
const POPUP_CHECKED = 5;

/** Macs, iPhones and iPads, by the platform the browser reports (User-Agent Client Hints where available). */
function isApple(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /mac|iphone|ipad|ipod/i.test(nav.userAgentData?.platform || nav.platform || "");
}
class SearchBox extends HTMLElement {
  #modal: (HTMLElement & { open(): void }) | undefined;

  connectedCallback() {
    const kbd = this.querySelector("kbd");
    if (kbd && this.dataset.appleShortcut && isApple()) kbd.textContent = this.dataset.appleShortcut;
    this.querySelector("a")?.addEventListener("click", (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void this.open();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey) {
        event.preventDefault();
        void this.open();
      }
    });
  }

  async open() {
    const instance = await loadSearchUi({
      bundle: this.dataset.bundle ?? "/pagefind/",
      transcriptLabel: this.dataset.transcriptLabel ?? "",
      resultStrings: this.dataset.resultStrings,
      maxChecked: POPUP_CHECKED,
    });
    if (!this.#modal) {
      this.#modal = document.createElement("pagefind-modal") as HTMLElement & { open(): void };
      document.body.append(this.#modal);
      await customElements.whenDefined("pagefind-modal");
      // The modal renders its dialog when connected; give it a frame.
      await new Promise(requestAnimationFrame);
      // Our card, as on the search page (search-card.ts); the popup's list keeps Pagefind's three moments.
      const results = this.#modal.querySelector("pagefind-results");
      if (results) Object.assign(results, { resultTemplate: resultCardRenderer(3) });
      const note = this.querySelector<HTMLElement>(".search-partial");
      if (note) {
        this.#modal.querySelector("pagefind-modal-body")?.append(note);
        // The header's link is the search page's address on this site (under its base path, if any).
        const searchPage = this.querySelector("a")?.getAttribute("href") ?? "/search/";
        instance.on("results", (response) => {
          const term = instance.searchTerm.trim();
          note.hidden = response.complete !== false || !term;
          note.querySelector("a")?.setAttribute("href", `${searchPage}?q=${encodeURIComponent(term)}`);
        });
      }
    }
    this.#modal.open();
  }
}

customElements.define("search-box", SearchBox);
