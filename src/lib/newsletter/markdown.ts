import type { ElementContent } from "hast";
import type { List, PhrasingContent, Root, RootContent } from "mdast";
import { toMdast } from "hast-util-to-mdast";
import { h } from "hastscript";
import { toMarkdown } from "mdast-util-to-markdown";
import { prepareNewsletter } from "./prepare.ts";
import type { NewsletterInput } from "./types.ts";

/**
 * `takeaways.md`: the same takeaways as Markdown, for newsletter tools that
 * take Markdown (Buttondown, Ghost, a static site). Built as an mdast tree
 * from the takeaways' sanitised HTML and serialised by mdast-util-to-markdown,
 * so links, emphasis and escaping come out right without string building.
 */
export function takeawaysMarkdown(input: NewsletterInput): string {
  const { ui, episodeUrl, takeaways } = prepareNewsletter(input);
  const list: List = {
    type: "list",
    ordered: false,
    spread: false,
    children: takeaways.map((takeaway) => ({
      type: "listItem",
      spread: false,
      children: [{ type: "paragraph", children: toPhrasing(takeaway.children) }],
    })),
  };
  const children: RootContent[] = [
    { type: "heading", depth: 2, children: [{ type: "link", url: episodeUrl, children: [{ type: "text", value: input.title }] }] },
  ];
  if (takeaways.length > 0) children.push({ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: ui.takeaways }] }] }, list);
  children.push({ type: "paragraph", children: [{ type: "link", url: episodeUrl, children: [{ type: "text", value: `${ui.listenToEpisode} →` }] }] });
  return toMarkdown({ type: "root", children } satisfies Root, { bullet: "-", emphasis: "*", strong: "*" });
}

/** Inline hast → inline mdast, through a paragraph so hast-util-to-mdast keeps it inline. */
function toPhrasing(children: ElementContent[]): PhrasingContent[] {
  const root = toMdast({ type: "root", children: [h("p", children)] }) as Root;
  return root.children.flatMap((node) => (node.type === "paragraph" ? node.children : []));
}
