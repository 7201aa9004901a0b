import { loadSearchUi } from "./search-ui.ts";

/**
 * The header's search: a real link to /search/ (works without JavaScript),
 * enhanced into Pagefind's modal on click or Ctrl/Cmd+K. The Component UI is
 * fetched only then (search-ui.ts).
 */
class SearchBox extends HTMLElement {
  #modal: (HTMLElement & { open(): void }) | undefined;

  connectedCallback() {
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
    await loadSearchUi({ bundle: this.dataset.bundle ?? "/pagefind/", transcriptLabel: this.dataset.transcriptLabel ?? "" });
    if (!this.#modal) {
      this.#modal = document.createElement("pagefind-modal") as HTMLElement & { open(): void };
      document.body.append(this.#modal);
      await customElements.whenDefined("pagefind-modal");
      // The modal renders its dialog when connected; give it a frame.
      await new Promise(requestAnimationFrame);
    }
    this.#modal.open();
  }
}

customElements.define("search-box", SearchBox);
