import type { Heading, List, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

/** The span of a `## Heading` section in the root: the heading and what follows up to the next heading of its rank or higher. */
export interface Section {
  heading: Heading;
  headingIndex: number;
  /** Index just past the section's last node. */
  endIndex: number;
  /** The first list in the section, if any. */
  list?: List | undefined;
}

/** Heading text compared loosely: case, surrounding spaces and a trailing colon do not matter. */
function normalizeHeading(text: string): string {
  return text.trim().replace(/[:：]$/, "").trim().toLowerCase();
}

/** Finds the first section whose heading is one of `names` (any language). */
export function findSection(tree: Root, names: readonly string[]): Section | undefined {
  const wanted = new Set(names.map(normalizeHeading));
  const headingIndex = tree.children.findIndex((node) => node.type === "heading" && wanted.has(normalizeHeading(toString(node))));
  if (headingIndex < 0) return undefined;
  const heading = tree.children[headingIndex] as Heading;
  let endIndex = headingIndex + 1;
  while (endIndex < tree.children.length) {
    const node = tree.children[endIndex] as RootContent;
    if (node.type === "heading" && node.depth <= heading.depth) break;
    endIndex++;
  }
  const list = tree.children.slice(headingIndex + 1, endIndex).find((node): node is List => node.type === "list");
  return { heading, headingIndex, endIndex, list };
}

/**
 * Takes the heading and its list out of the summary (the page shows them as
 * their own blocks, from the structured data). Anything else the podcaster
 * wrote in the section stays where it was, so no content is lost.
 */
export function removeHeadingAndList(tree: Root, section: Section): void {
  tree.children = tree.children.filter((node) => node !== section.heading && node !== section.list);
}
