import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import juice from "juice";
import { visit } from "unist-util-visit";
import { prepareNewsletter } from "./prepare.ts";
import type { NewsletterInput } from "./types.ts";

/** Widest an email body column is designed for (the common 600 px convention). */
export const EMAIL_WIDTH = 600;
const PADDING = 24;
const ARTWORK_SIZE = 72;

/**
 * The card's look, written as a stylesheet and inlined by juice: email
 * clients drop `<style>` blocks and classes (Gmail, Outlook.com), so only
 * `style=""` attributes survive.
 *
 * Dark mode: clients either leave the email alone, or recolour it (Gmail and
 * Outlook apps invert light backgrounds and dark text together). So every
 * text colour sits on a background colour set on the same card, never on
 * the client's own background, and the link blue keeps 4.5:1 contrast on
 * white and, inverted, on near-black.
 */
const CSS = `
.card { width: 100%; max-width: ${EMAIL_WIDTH}px; background-color: #ffffff; color: #1f2328; border: 1px solid #d0d7de;
  font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  font-size: 16px; line-height: 1.6; }
.card-cell { padding: ${PADDING}px; background-color: #ffffff; color: #1f2328; }
.header { width: 100%; }
.artwork-cell { width: ${ARTWORK_SIZE + 16}px; vertical-align: top; }
.artwork { display: block; width: ${ARTWORK_SIZE}px; height: ${ARTWORK_SIZE}px; border: 0; }
.header-cell { vertical-align: top; }
.show { margin: 0 0 4px; font-size: 14px; color: #59636e; }
.title { margin: 0 0 16px; font-size: 22px; line-height: 1.35; font-weight: bold; color: #1f2328; }
.title-link { color: #1f2328; }
.heading { margin: 0 0 8px; font-size: 13px; font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase; color: #59636e; }
.items { width: 100%; }
.bullet { width: 20px; vertical-align: top; padding: 0 0 12px; color: #0a58ca; font-weight: bold; }
.item { vertical-align: top; padding: 0 0 12px; color: #1f2328; }
.item a { color: #0a58ca; }
.item img { max-width: 100%; height: auto; }
.item p { margin: 0 0 8px; }
.item ul, .item ol { margin: 0 0 8px; padding-left: 20px; }
.item code { font-family: Menlo, Consolas, monospace; font-size: 14px; }
.cta { margin: 8px 0 0; }
.cta-link { color: #0a58ca; font-weight: bold; }
`;

/** Attributes every layout table needs so old clients (Outlook on Windows) add no spacing of their own. */
const LAYOUT_TABLE = { role: "presentation", cellPadding: 0, cellSpacing: 0, border: 0 };

/**
 * `takeaways.html`: an email-safe fragment for pasting into a
 * newsletter: table layout, inline styles only, no scripts or classes,
 * every URL absolute, images with width and alt.
 */
export function takeawaysEmailHtml(input: NewsletterInput): string {
  const newsletter = prepareNewsletter(input);
  const { ui, episodeUrl, imageUrl } = newsletter;

  const heading: ElementContent[] = [
    // The show's name is plain text: the podcaster's own newsletter names it already, and one link fewer reads calmer.
    h("p.show", input.showTitle),
    h("h2.title", [h("a.title-link", { href: episodeUrl }, input.title)]),
  ];
  const header = imageUrl
    ? h("table.header", { ...LAYOUT_TABLE, width: "100%" }, [
        h("tr", [
          h("td.artwork-cell", { width: ARTWORK_SIZE + 16 }, [
            h("img.artwork", { src: imageUrl, width: ARTWORK_SIZE, height: ARTWORK_SIZE, alt: input.showTitle }),
          ]),
          h("td.header-cell", heading),
        ]),
      ])
    : heading;

  const items = newsletter.takeaways.map((takeaway) =>
    h("tr", [h("td.bullet", { width: 20 }, "•"), h("td.item", sizeImages(takeaway.children))]),
  );

  const card: Root = {
    type: "root",
    children: [
      h("table.card", { ...LAYOUT_TABLE, width: "100%", lang: input.lang }, [
        h("tr", [
          h("td.card-cell", [
            ...[header].flat(),
            ...(items.length > 0
              ? [h("p.heading", ui.takeaways), h("table.items", { ...LAYOUT_TABLE, width: "100%" }, items)]
              : []),
            h("p.cta", [h("a.cta-link", { href: episodeUrl }, `${ui.listenToEpisode} →`)]),
          ]),
        ]),
      ]),
    ],
  };

  const inlined = juice.inlineContent(toHtml(card), CSS, {
    applyAttributesTableElements: true,
    applyWidthAttributes: true,
    applyHeightAttributes: false,
    removeStyleTags: true,
  });
  return toHtml(withoutClasses(fromHtml(inlined, { fragment: true })));
}

/**
 * Email clients ignore CSS sizes on images (Outlook on Windows uses the
 * `width` attribute alone), so every image gets one: its own, or the column
 * width it may fill. `alt` is never missing (clients that block images show it).
 */
function sizeImages(children: ElementContent[]): ElementContent[] {
  for (const child of children) {
    visit(child, "element", (element: Element) => {
      if (element.tagName !== "img") return;
      element.properties.width ??= EMAIL_WIDTH - 2 * PADDING - 20;
      element.properties.alt ??= "";
    });
  }
  return children;
}

/** The classes only served juice's selectors; clients strip them, and stray ones could pick up the host page's CSS. */
function withoutClasses(tree: Root): Root {
  visit(tree, "element", (element) => {
    delete element.properties.className;
  });
  return tree;
}
