import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { absoluteUrl, embedPath, oembedPath } from "../urls/site-urls.ts";
import { EMAIL_WIDTH } from "./email-html.ts";
import type { NewsletterInput } from "./types.ts";

/** Where an episode's embed card and its oEmbed file live, as site paths (src/lib/urls/site-urls.ts). */
export function embedPaths(slug: string) {
  return { card: embedPath(slug), oembed: oembedPath(slug) };
}

/**
 * A height for the iframe, guessed from the number of takeaways: oEmbed
 * "rich" responses must give one (oEmbed 1.0, §2.3.4.4), and an iframe cannot
 * size itself to its content across origins. The card scrolls if it is short.
 */
export function embedHeight(takeawayCount: number): number {
  return Math.min(720, 150 + 72 * takeawayCount);
}

/**
 * The `<iframe>` a blog pastes. Sandboxed without scripts (the card has none)
 * but allowed to open its links in a new tab.
 */
export function embedIframeHtml(input: NewsletterInput): string {
  const src = absoluteUrl(input.siteUrl, embedPaths(input.slug).card);
  return toHtml(
    h("iframe", {
      src,
      width: EMAIL_WIDTH,
      height: embedHeight(input.takeaways.length),
      title: input.title,
      loading: "lazy",
      style: "border: 0; max-width: 100%;",
      sandbox: "allow-popups allow-popups-to-escape-sandbox",
    }),
  );
}

/** The oEmbed 1.0 response (https://oembed.com/, §2.3.4) for an episode's embed card: type "rich". */
export function oembedJson(input: NewsletterInput) {
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: input.showTitle,
    provider_url: new URL(input.siteUrl).href,
    html: embedIframeHtml(input),
    width: EMAIL_WIDTH,
    height: embedHeight(input.takeaways.length),
  };
}
