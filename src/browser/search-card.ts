import { element } from "./dom.ts";

/**
 * Draws one search result from the data our query module returns
 * (src/browser/search/pagefind-module.ts): the episode's title as a link to
 * where the words are, a line saying where that is, the excerpt, then the
 * other moments the words were said, each a link of its own.
 *
 * Each label is shown one way and read out another: "≈ 3:10 · Alice · Intro"
 * is read as "about 3:10, Alice, chapter: Intro", never as "almost equal to
 * 3:10 middle dot Alice". Text goes in as text; only the excerpts, which the
 * query module builds with everything but `<mark>` escaped, go in as HTML.
 */

interface Label {
  text: string;
  spoken: string;
}

export interface CardData {
  url: string;
  meta: { title?: string };
  excerpt?: string;
  where?: Label;
  /** The main link's name read out: the title, then where it lands. */
  link_label?: string;
  sub_results?: { title: string; aria_label?: string; url: string; excerpt?: string }[];
}

/** A renderer listing at most `maxMoments` moments under each result. */
export function resultCardRenderer(maxMoments: number): (data: CardData) => HTMLLIElement {
  return (data) => {
    const link = element("a", "search-result-link", [data.meta.title ?? ""]);
    link.href = data.url;
    const card = element("li", "search-result", [element("p", "search-result-title", [link])]);
    if (data.where) {
      // The link's name says where it lands; the line shown under it says the same, so screen readers skip it.
      if (data.link_label) link.setAttribute("aria-label", data.link_label);
      const where = element("p", "search-result-where", [data.where.text]);
      where.setAttribute("aria-hidden", "true");
      card.append(where);
    }
    if (data.excerpt) {
      const excerpt = element("p", "search-result-excerpt");
      excerpt.innerHTML = data.excerpt;
      card.append(excerpt);
    }
    const moments = (data.sub_results ?? []).slice(0, maxMoments);
    if (moments.length > 0) {
      const list = element("ul", "search-moments");
      for (const moment of moments) {
        const chip = element("a", "search-moment-link", [moment.title]);
        chip.href = moment.url;
        if (moment.aria_label && moment.aria_label !== moment.title) chip.setAttribute("aria-label", moment.aria_label);
        const excerpt = element("p", "search-moment-excerpt");
        excerpt.innerHTML = moment.excerpt ?? "";
        list.append(element("li", "search-moment", [chip, excerpt]));
      }
      card.append(list);
    }
    return card;
  };
}
