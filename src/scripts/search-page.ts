import { loadSearchUi } from "./search-ui.ts";

/**
 * /search/?q=…: a shareable search. The query in the address runs on load,
 * and every new query replaces it, so the address always shows this search.
 */
class SearchPage extends HTMLElement {
  async connectedCallback() {
    const instance = await loadSearchUi({ bundle: this.dataset.bundle ?? "/pagefind/", transcriptLabel: this.dataset.transcriptLabel ?? "" });
    const box = document.createElement("div");
    box.className = "search-page-ui";
    for (const tag of ["pagefind-input", "pagefind-summary", "pagefind-filter-pane", "pagefind-results"]) {
      const element = document.createElement(tag);
      if (tag === "pagefind-input") element.setAttribute("autofocus", "");
      if (tag === "pagefind-results") element.setAttribute("max-sub-results", "5");
      box.append(element);
    }
    this.append(box);
    const query = new URL(location.href).searchParams.get("q") ?? "";
    instance.on("search", (term) => {
      const url = new URL(location.href);
      if (term) url.searchParams.set("q", term);
      else url.searchParams.delete("q");
      history.replaceState(history.state, "", url);
    });
    if (query) {
      const input = box.querySelector<HTMLInputElement>("pagefind-input input");
      if (input) input.value = query;
      instance.triggerSearch(query);
    }
  }
}

customElements.define("search-page", SearchPage);
