import type { Nodes } from "hast";
import { visit } from "unist-util-visit";

/** hast properties that hold a URL (the ones the takeaway schema lets through, plus a few for safety). */
const URL_PROPERTIES = ["href", "src", "cite", "poster", "action"] as const;

/**
 * Rewrites every URL in a tree against `base`, in place. A newsletter or an
 * embed is read far from the site, where `?t=754` or `/episodes/x/` would
 * point nowhere.
 */
export function makeUrlsAbsolute<T extends Nodes>(tree: T, base: string): T {
  visit(tree, "element", (element) => {
    for (const name of URL_PROPERTIES) {
      const value = element.properties[name];
      if (typeof value === "string") element.properties[name] = absoluteUrl(value, base);
    }
  });
  return tree;
}

/** `value` resolved against `base`; left as written when it cannot be parsed, so nothing is lost silently. */
export function absoluteUrl(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}
