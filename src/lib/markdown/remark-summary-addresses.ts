import type { Html, Root } from "mdast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { checkUrl } from "../urls/safe-url.ts";
import { URL_PROPERTIES } from "./rehype-safe-html.ts";
import { reportSummary } from "./summary-data.ts";

export interface SummaryAddressesOptions {
  /** The show setting `allowHtml`: when false, the page cleans raw HTML (rehype-safe-html.ts). */
  allowHtml?: boolean;
}

// What the page's HTML cleaning removes (rehype-safe-html.ts); said here so nothing vanishes silently.
const UNSAFE_HTML = /<\/?(script|style|iframe|object|embed|form|input|button|textarea|select|link|meta|base)\b|\son[a-z]+\s*=/i;

/**
 * Every address in the summary (Markdown links, images and definitions, and
 * the URL attributes of its HTML) is held to the URL rule the page's
 * sanitiser applies (src/lib/urls/safe-url.ts), so a link that would be removed
 * from the page is an error with its line rather than a silent loss; HTML
 * the page cleans away is a warning. Changes nothing in the tree.
 */
export function remarkSummaryAddresses(options: SummaryAddressesOptions = {}) {
  const allowHtml = options.allowHtml === true;
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === "html") return checkHtml(file, node, allowHtml);
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && "url" in node) {
        const verdict = checkUrl(String(node.url));
        if (!verdict.safe) reportSummary(file, node, `this link is refused: ${verdict.reason}`, "error");
      }
    });
  };
}

function checkHtml(file: VFile, node: Html, allowHtml: boolean): void {
  const html = node.value;
  if (/^<\/[a-z][a-z0-9-]*\s*>$/i.test(html.trim())) return; // A closing tag: its opening tag was reported.
  const refused = htmlUrls(html).map(checkUrl).find((verdict) => !verdict.safe);
  if (refused && !refused.safe) reportSummary(file, node, `this HTML has an address that is refused: ${refused.reason}`, "error");
  else if (!allowHtml && UNSAFE_HTML.test(html)) {
    reportSummary(file, node, `this HTML (${html.trim().slice(0, 40)}) is cleaned on the page: scripts, embeds and on…= attributes are removed unless show.yaml says "allowHtml: true"`);
  }
}

/** The URL attributes of a piece of summary HTML, as the page's HTML parser reads them (character references decoded). */
function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (element) => {
    for (const property of URL_PROPERTIES) {
      const value = element.properties[property];
      if (typeof value === "string") urls.push(value);
    }
  });
  return urls;
}
