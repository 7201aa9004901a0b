/**
 * The Podcasting 2.0 HTML transcript format: `<cite>Name:</cite>`,
 * `<time>M:SS</time>`, `<p>text</p>` per segment. Built as a hast tree and
 * serialised, so escaping is hast-util-to-html's, never ours.
 *
 * The visible time is whole seconds as in the spec's example; the exact
 * time is kept in the element's `datetime` attribute as an HTML duration
 * ("PT62.5S"), which our parser reads back. Estimated times are left out
 * entirely: this format shows times as exact.
 */
import type { ElementContent } from "hast";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import { formatClock } from "../time.ts";
import type { Transcript } from "./model.ts";

export function toPodcastingHtml(transcript: Transcript): string {
  const nodes: ElementContent[] = [];
  for (const segment of transcript.segments) {
    if (segment.speaker) nodes.push(h("cite", `${segment.speaker}:`), { type: "text", value: "\n" });
    if (segment.start !== undefined && !segment.approximate) {
      nodes.push(h("time", { dateTime: `PT${Number(segment.start.toFixed(3))}S` }, formatClock(segment.start)), { type: "text", value: "\n" });
    }
    nodes.push(h("p", segment.text), { type: "text", value: "\n" });
  }
  return toHtml({ type: "root", children: nodes });
}
