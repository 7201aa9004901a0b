/**
 * Draws one search result for Pagefind's `<pagefind-results>`, through its
 * `resultTemplate` property (a function from the result's data to an
 * element; the Component UI hands it the data our query module returned,
 * src/browser/search/pagefind-module.ts).
 *
 * Why not Pagefind's own card: its template has no place for what a
 * sub-result is read out as, so "≈ 3:10 · Alice · Intro" would be read as
 * "almost equal to 3:10 middle dot Alice…", and the main card could not say
 * where its link lands. The markup and class names are Pagefind's own, so
 * its styles and its arrow-key navigation (any link in the results list)
 * work unchanged. Text goes in as text; only the excerpts, which the query
 * module builds with everything but `<mark>` escaped, go in as HTML.
 */

interface Label {
  text: string;
  spoken: string;
}

interface CardData {
  url: string;
  meta: { title?: string };
  excerpt?: string;
  where?: Label;
  /** The main link's name read out: the title, then where it lands. */
  link_label?: string;
  sub_results?: { title: string; aria_label?: string; url: string; excerpt?: string }[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** A renderer showing at most `maxMoments` sub-results (the list's `max-sub-results`). */
export function resultCardRenderer(maxMoments: number): (data: CardData) => HTMLElement {
  return (data) => {
    const link = element("a", "pf-result-link", [data.meta.title ?? ""]);
    link.href = data.url;
    const content = element("div", "pf-result-content", [element("p", "pf-result-title", [link])]);
    if (data.where) {
      // The link's name says where it lands; the line shown under it says the same, so screen readers skip it.
      if (data.link_label) link.setAttribute("aria-label", data.link_label);
      const where = element("p", "search-result-where", [data.where.text]);
      where.setAttribute("aria-hidden", "true");
      content.append(where);
    }
    if (data.excerpt) {
      const excerpt = element("p", "pf-result-excerpt");
      excerpt.innerHTML = data.excerpt;
      content.append(excerpt);
    }
    const card = element("li", "pf-result", [element("div", "pf-result-card", [content])]);
    const moments = (data.sub_results ?? []).slice(0, maxMoments);
    if (moments.length > 0) {
      const chips = element("ul", "pf-heading-chips");
      for (const moment of moments) {
        const chip = element("a", "pf-heading-link", [moment.title]);
        chip.href = moment.url;
        if (moment.aria_label && moment.aria_label !== moment.title) chip.setAttribute("aria-label", moment.aria_label);
        const excerpt = element("p", "pf-heading-excerpt");
        excerpt.innerHTML = moment.excerpt ?? "";
        chips.append(element("li", "pf-heading-chip", [chip, excerpt]));
      }
      card.append(chips);
    }
    return card;
  };
}
