import type { Root } from "hast";
import { raw } from "hast-util-raw";
import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";
import { visit } from "unist-util-visit";

export interface SafeHtmlOptions {
  /**
   * The show setting `allowHtml` (content/show.yaml): when true, HTML written
   * in a summary is kept as written (only `javascript:` URLs are removed);
   * otherwise it is cleaned to the safe subset GitHub allows in READMEs.
   */
  allowHtml?: boolean;
}

/** Attributes that hold a URL a browser may navigate to or load. */
const URL_PROPERTIES = ["href", "src", "action", "formAction", "poster", "cite", "data", "xLinkHref", "background"];

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
 * Issue 8 (safety): raw HTML in a summary only when the show allows it, and
 * `javascript:` URLs removed either way (also from Markdown links, which
 * mdast-util-to-hast passes through untouched). Runs first among the rehype
 * plugins: raw HTML is parsed into elements here, so nothing later sees
 * unchecked markup.
 */
export function rehypeSafeHtml(options: SafeHtmlOptions = {}) {
  const allowHtml = options.allowHtml === true;
  return (tree: Root): Root => {
    const parsed = raw(tree) as Root;
    const safe = allowHtml ? parsed : (sanitize(parsed, schema) as Root);
    visit(safe, "element", (node) => {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value === "string" && isScriptUrl(value)) delete node.properties[property];
      }
    });
    return safe;
  };
}

/**
 * True for `javascript:` (and `vbscript:`) URLs, however disguised: browsers
 * ignore leading spaces and control characters and tabs or newlines inside
 * the scheme (WHATWG URL Standard, "basic URL parser").
 */
export function isScriptUrl(url: string): boolean {
  const scheme = url.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  return scheme.startsWith("javascript:") || scheme.startsWith("vbscript:");
}
