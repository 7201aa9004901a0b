import type { Nodes, Root } from "hast";
import { raw } from "hast-util-raw";
import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";
import { visit } from "unist-util-visit";
import { isSafeUrl } from "../urls/safe-url.ts";

export interface SafeHtmlOptions {
  /**
   * The show setting `allowHtml` (content/show.yaml): when true, HTML written
   * in a summary is kept as written (only addresses that break the URL rule
   * of src/lib/urls/safe-url.ts, such as `javascript:`, are removed);
   * otherwise it is cleaned to the safe subset GitHub allows in READMEs.
   */
  allowHtml?: boolean;
}

/** Attributes that hold a URL a browser may navigate to or load. */
export const URL_PROPERTIES = ["href", "src", "action", "formAction", "poster", "cite", "data", "xLinkHref", "background"];

/**
 * GitHub's schema (hast-util-sanitize's default), with what the summary
 * plugins put on their own elements kept: ids as written (the summary's
 * links to its headings, footnotes and moments target them, and a
 * `user-content-` prefix would break those links), classes, and `data-*` /
 * `aria-*` attributes (moment links carry `class="moment" data-t="…"`).
 * None of these can run code.
 */
const schema: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: "",
  attributes: {
    // GitHub limits classes on some elements to a few values (e.g. footnote links); any class is harmless.
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [
        tag,
        allowed.filter((attribute) => !(Array.isArray(attribute) && attribute[0] === "className")),
      ]),
    ),
    "*": [...(defaultSchema.attributes?.["*"] ?? []), "className", "data*", "aria*"],
  },
};

/**
 * Raw HTML in a summary only when the show allows it, and every address
 * checked by the one URL rule (src/lib/urls/safe-url.ts) either way, also in
 * Markdown links, which mdast-util-to-hast passes through untouched. Runs
 * first among the rehype plugins: raw HTML is parsed into elements here, so
 * nothing later sees unchecked markup.
 */
export function rehypeSafeHtml(options: SafeHtmlOptions = {}) {
  const allowHtml = options.allowHtml === true;
  return (tree: Root): Root => {
    const parsed = raw(tree) as Root;
    const safe = allowHtml ? parsed : (sanitize(parsed, schema) as Root);
    removeUnsafeUrls(safe);
    return safe;
  };
}

/**
 * Drops every URL attribute the URL rule refuses (the link's text stays, so
 * no words are lost). `shownotes check` reports each one as an error with
 * its line, so a podcaster never loses a link without being told. Used on
 * takeaway items too, which are rendered outside the rehype pipeline.
 */
export function removeUnsafeUrls<T extends Nodes>(tree: T): T {
  visit(tree, "element", (node) => {
    for (const property of URL_PROPERTIES) {
      const value = node.properties[property];
      if (typeof value === "string" && !isSafeUrl(value)) delete node.properties[property];
    }
  });
  return tree;
}
