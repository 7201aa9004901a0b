import type { SearchPanelStrings } from "../lib/search/panel-strings.ts";
import { element } from "./dom.ts";
import { SearchPanel } from "./search/search-panel.ts";
import { loadSearchEngine } from "./search-ui.ts";

/**
 * /search/?q=…: a shareable search. The query in the address runs on load,
 * and every new query replaces it, so the address always shows this search.
 * `&sort=date` asks for newest first (Pagefind's `date` sort key, set by
 * episode pages in src/lib/search/page-fields.ts); the page's sort control
 * keeps it in step. Each filter the episode pages declare (people, tags,
 * year) is a plain `<select>`, its choices counted over the current results.
 */

/** Sort choices of the page's control → Pagefind's sort option. */
const sorts: Record<string, Record<string, string>> = { date: { date: "desc" } };

/** The full page checks more candidates than the header popup (5), which links here when it stopped short. */
const PAGE_CHECKED = 50;

class SearchPage extends HTMLElement {
  #panel: SearchPanel | undefined;

  /** What the next query asks the engine for: the box's words, the filters and the sort. */
  get query() {
    const panel = this.#panel;
    return { term: panel?.input.value.trim() ?? "", filters: panel?.filters ?? {}, sort: panel?.sort ?? {} };
  }

  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings ?? "{}") as Partial<SearchPanelStrings>;
    const engine = () => loadSearchEngine({ bundle: this.dataset.bundle ?? "/pagefind/", resultStrings: strings.result ?? {}, maxChecked: PAGE_CHECKED });
    const panel = new SearchPanel({ engine, strings, pageSize: 10, maxMoments: 5 });
    this.#panel = panel;
    panel.element.classList.add("search-page-ui");
    const filters = element("div", "search-filters");
    panel.controls.append(filters);

    // The sort control is rendered by the page (its labels are the show's language), hidden until it works.
    const sortControl = this.querySelector<HTMLLabelElement>(".search-sort");
    const sortSelect = sortControl?.querySelector("select");
    if (sortControl) {
      sortControl.hidden = false;
      filters.append(sortControl);
    }
    this.append(panel.element);

    const address = new URL(location.href).searchParams;
    const sort = address.get("sort") ?? "";
    if (sortSelect && sorts[sort]) {
      sortSelect.value = sort;
      panel.sort = sorts[sort];
    }
    sortSelect?.addEventListener("change", () => {
      panel.sort = sorts[sortSelect.value] ?? {};
      const url = new URL(location.href);
      if (sorts[sortSelect.value]) url.searchParams.set("sort", sortSelect.value);
      else url.searchParams.delete("sort");
      history.replaceState(history.state, "", url);
      panel.refresh();
    });
    panel.onSearch = (term) => {
      const url = new URL(location.href);
      if (term) url.searchParams.set("q", term);
      else url.searchParams.delete("q");
      history.replaceState(history.state, "", url);
    };

    const labels = JSON.parse(this.dataset.filterLabels ?? "{}") as Record<string, string>;
    void this.#addFilters(engine, panel, filters, labels, strings.filterAll ?? "All");
    const query = address.get("q") ?? "";
    if (query) panel.search(query);
    panel.input.focus();
  }

  /** One `<select>` per filter that has values, before the sort control; each choice says how many results it keeps. */
  async #addFilters(engine: () => ReturnType<typeof loadSearchEngine>, panel: SearchPanel, box: HTMLElement, labels: Record<string, string>, all: string) {
    const values = await (await engine()).filters();
    const options = new Map<string, Map<string, HTMLOptionElement>>();
    const controls: HTMLLabelElement[] = [];
    for (const [name, label] of Object.entries(labels)) {
      const counts = Object.entries(values[name] ?? {});
      if (counts.length === 0) continue;
      const select = element("select", "");
      select.name = name;
      select.append(element("option", "", [all]));
      select.options[0]!.value = "";
      const byValue = new Map<string, HTMLOptionElement>();
      for (const [value, count] of counts.sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }))) {
        const option = element("option", "", [`${value} (${count})`]);
        option.value = value;
        byValue.set(value, option);
        select.append(option);
      }
      options.set(name, byValue);
      select.addEventListener("change", () => {
        panel.filters = { ...panel.filters, [name]: select.value ? [select.value] : [] };
        panel.refresh();
      });
      controls.push(element("label", "search-filter", [label, " ", select]));
    }
    box.prepend(...controls);
    panel.onResults = (counts) => {
      for (const [name, byValue] of options) {
        for (const [value, option] of byValue) option.textContent = `${value} (${counts[name]?.[value] ?? values[name]?.[value] ?? 0})`;
      }
    };
  }
}

customElements.define("search-page", SearchPage);
