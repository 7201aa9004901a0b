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
    const input = document.createElement("pagefind-input");
    input.setAttribute("autofocus", "");
    const filters = document.createElement("div");
    filters.className = "search-filters";
    // One dropdown per filter the episode pages declare (src/lib/search/page-fields.ts), labelled in the show's language.
    const labels = JSON.parse(this.dataset.filterLabels ?? "{}") as Record<string, string>;
    for (const [filter, label] of Object.entries(labels)) {
      const dropdown = document.createElement("pagefind-filter-dropdown");
      dropdown.setAttribute("filter", filter);
      dropdown.setAttribute("label", label);
      filters.append(dropdown);
    }
    const results = document.createElement("pagefind-results");
    results.setAttribute("max-sub-results", "5");
    box.append(input, filters, document.createElement("pagefind-summary"), results);
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
