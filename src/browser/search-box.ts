import type { SearchPanelStrings } from "../lib/search/panel-strings.ts";
import { element } from "./dom.ts";
import { loadSearchEngine } from "./search-ui.ts";

/**
 * The header's search: a real link to /search/ (works without JavaScript),
 * enhanced into a popup on click or Ctrl/Cmd+K. The popup is a modal
 * `<dialog>`: the browser keeps focus inside it, closes it on Escape and
 * gives focus back to where it was. Its code and the search engine are
 * fetched only when it first opens. On Apple platforms the shortcut reads ⌘K.
 *
 * The popup checks at most `POPUP_CHECKED` candidates (precise-search.ts);
 * when Pagefind found more, a note under the results says so and links to
 * the full page, which checks up to 50.
 */

/**
 * Checking a candidate downloads its page's whole indexed text: about 20 KB
 * for a two-hour Chinese episode. 20 candidates made the first query 650 KB
 * on a 1,000-episode archive; the popup shows five results, so it checks five.
 */
const POPUP_CHECKED = 5;

/** Macs, iPhones and iPads, by the platform the browser reports (User-Agent Client Hints where available). */
function isApple(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /mac|iphone|ipad|ipod/i.test(nav.userAgentData?.platform || nav.platform || "");
}

class SearchBox extends HTMLElement {
  #dialog: Promise<HTMLDialogElement> | undefined;

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
    this.#dialog ??= this.#makeDialog();
    const dialog = await this.#dialog;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector("input")?.focus();
  }

  async #makeDialog(): Promise<HTMLDialogElement> {
    const strings = JSON.parse(this.dataset.strings ?? "{}") as Partial<SearchPanelStrings>;
    const bundle = this.dataset.bundle ?? "/pagefind/";
    // The header's link is the search page's address on this site (under its base path, if any).
    const searchPage = this.querySelector("a")?.getAttribute("href") ?? "/search/";
    const { SearchPanel } = await import("./search/search-panel.ts");
    const panel = new SearchPanel({
      engine: () => loadSearchEngine({ bundle, resultStrings: strings.result ?? {}, maxChecked: POPUP_CHECKED }),
      strings,
      pageSize: POPUP_CHECKED,
      maxMoments: 3,
      fullResults: (term) => `${searchPage}?q=${encodeURIComponent(term)}`,
    });
    const close = element("button", "search-close", ["×"]);
    close.type = "button";
    close.setAttribute("aria-label", strings.close ?? "Close");
    close.addEventListener("click", () => dialog.close());
    const dialog = element("dialog", "search-dialog", [element("div", "search-dialog-body", [panel.element, close])]);
    dialog.setAttribute("aria-label", strings.label ?? "Search");
    // A click on the backdrop closes it, as does following a result: a moment on the page already open only
    // moves the page, which must not stay hidden behind the popup. The backdrop's clicks reach the dialog
    // itself, as do clicks on its scroll bar, so only a click outside its box counts.
    dialog.addEventListener("click", (event) => {
      const box = dialog.getBoundingClientRect();
      const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
      if ((event.target === dialog && outside) || (event.target as Element).closest("a")) dialog.close();
    });
    // In a search field, Escape first clears the words and the dialog stays open; in a popup it should close it
    // (keeping the words, so reopening shows the same results).
    dialog.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      dialog.close();
    });
    document.body.append(dialog);
    return dialog;
  }
}

customElements.define("search-box", SearchBox);
