import { resultCardRenderer } from "./search-card.ts";
import { loadSearchUi } from "./search-ui.ts";

/**
 * /search/?q=…: a shareable search. The query in the address runs on load,
 * and every new query replaces it, so the address always shows this search.
 * `&sort=date` asks for newest first (Pagefind's `date` sort key, set by
 * episode pages in src/lib/search/page-fields.ts); the page's sort control
 * keeps it in step.
 */

/** Sort choices of the page's control → Pagefind's sort option. */
const sorts: Record<string, Record<string, string>> = { date: { date: "desc" } };
class SearchPage extends HTMLElement {
  async connectedCallback() {
    // The full page checks more candidates than the header popup (20), which links here when it stopped short.
    const instance = await loadSearchUi({
      bundle: this.dataset.bundle ?? "/pagefind/",
      transcriptLabel: this.dataset.transcriptLabel ?? "",
      resultStrings: this.dataset.resultStrings,
      maxChecked: 50,
    });
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
    // Our card: the main link lands on the best match, moments read out sensibly (search-card.ts).
    Object.assign(results, { resultTemplate: resultCardRenderer(5) });
    // The sort control is rendered by the page (its labels are the show's language), hidden until it works.
    const sortControl = this.querySelector<HTMLLabelElement>(".search-sort");
    const sortSelect = sortControl?.querySelector("select");
    if (sortControl) {
      sortControl.hidden = false;
      filters.append(sortControl);
    }
    box.append(input, filters, document.createElement("pagefind-summary"), results);
    this.append(box);
    const address = new URL(location.href).searchParams;
    const query = address.get("q") ?? "";
    const sort = address.get("sort") ?? "";
    if (sortSelect && sorts[sort]) {
      sortSelect.value = sort;
      instance.searchSort = sorts[sort];
    }
    sortSelect?.addEventListener("change", () => {
      instance.searchSort = sorts[sortSelect.value] ?? {};
      const url = new URL(location.href);
      if (sorts[sortSelect.value]) url.searchParams.set("sort", sortSelect.value);
      else url.searchParams.delete("sort");
      history.replaceState(history.state, "", url);
      if (instance.searchTerm) instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
    });
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
