/**
 * The Podcasting 2.0 HTML transcript format: `<cite>Name:</cite>`,
 * `<time>M:SS</time>`, `<p>text</p>` per segment.
 *
 * The visible time is whole seconds as in the spec's example; the exact
 * time is kept in the element's `datetime` attribute as an HTML duration
 * ("PT62.5S"), which our parser reads back. Estimated times are left out
 * entirely: this format shows times as exact.
 *
 * Written directly rather than as a hast tree through hast-util-to-html:
 * that serialiser spent ~2 µs per element, and with three elements per
 * segment this file was the costliest route of the build (18.9 s of 57 s
 * rendering 1,000 two-hour English episodes, in the benchmark). The output is the
 * same bytes (tests/lib/transcript/export-podcasting-html.test.ts compares
 * it with hast-util-to-html's on the corpus): the three elements have fixed
 * tags and one attribute, and escaping is stringify-entities' with the very
 * settings hast-util-to-html uses for text and double-quoted attributes.
 */
import { stringifyEntities } from "stringify-entities";
import { formatClock } from "../timing/time.ts";
import type { Transcript } from "./model.ts";

// hast-util-to-html's subsets with its default (safe) settings; kept as
// constants because stringify-entities caches its expression per array.
const TEXT_SUBSET = ["<", "&"];
const DOUBLE_QUOTED_SUBSET = ["\0", '"', "&", "'", "`"];

// With a subset, stringify-entities changes only those characters, so text without any is returned as it is.
const text = (value: string) => (/[<&]/.test(value) ? stringifyEntities(value, { subset: TEXT_SUBSET }) : value);
const attribute = (value: string) => `"${/[\0"&'`]/.test(value) ? stringifyEntities(value, { subset: DOUBLE_QUOTED_SUBSET, attribute: true }) : value}"`;

export function toPodcastingHtml(transcript: Transcript): string {
  const parts: string[] = [];
  for (const segment of transcript.segments) {
    if (segment.speaker) parts.push(`<cite>${text(`${segment.speaker}:`)}</cite>\n`);
    if (segment.start !== undefined && !segment.approximate) {
      parts.push(`<time datetime=${attribute(`PT${Number(segment.start.toFixed(3))}S`)}>${text(formatClock(segment.start))}</time>\n`);
    }
    parts.push(`<p>${text(segment.text)}</p>\n`);
  }
  return parts.join("");
}
