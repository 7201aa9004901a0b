/**
 * HTML transcripts that are not in the Podcasting 2.0 layout: the
 * transcript pages shows publish (a `<p>` or `<li>` per turn, in a full
 * page with its head, styles and scripts). Parsed with hast-util-from-html
 * (the HTML parsing algorithm, so entities and sloppy markup behave as in a
 * browser). Only the body's text is read, never `<head>`, `<style>`,
 * `<script>`, `<template>` or `<noscript>`.
 *
 * Each block (`p`, `li`, `dd`, `blockquote`, a `div` or `td` holding no
 * other block) is a segment, in order; headings become its `section`.
 * A segment's time comes from a `data-start` attribute on the block or
 * inside it (seconds, or a clock time), else from a time at the start of
 * its text in the shapes transcript pages use: `0h00m44s`, `[00:44]`,
 * `(01:02:03)`, `00:44`. Its speaker comes from a `<cite>`, `<b>` or
 * `<strong>` label at the start of the block ("<b>Ann:</b> Welcome").
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { buildTranscript, type ParsedSegment } from "./build-transcript.ts";
import type { Transcript, TranscriptWarning } from "./model.ts";
import { joinText } from "./text-join.ts";
import { CLOCK, clockToSeconds } from "./time-text.ts";

const SKIPPED = new Set(["head", "style", "script", "template", "noscript", "svg", "math", "button", "nav"]);
const BLOCKS = new Set(["p", "li", "dd", "dt", "blockquote", "div", "td", "section", "article", "figcaption", "pre"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const LABELS = new Set(["cite", "b", "strong"]);

const HMS = /^\s*(?:(\d+)h)?(\d+)m(\d+(?:\.\d+)?)s\b\s*/i;
const LEADING_CLOCK = new RegExp(String.raw`^\s*[[(]?(${CLOCK})[\])]?\s*[-–—:]?\s*`);

export function parseHtml(text: string, fileName: string): Transcript {
  const tree: Root = fromHtml(text);
  const body = findBody(tree);
  const segments: ParsedSegment[] = [];
  const warnings: TranscriptWarning[] = [];
  let section: string | undefined;
  let speaker: string | undefined;

  const visit = (node: Element) => {
    if (SKIPPED.has(node.tagName)) return;
    if (HEADINGS.has(node.tagName)) {
      section = clean(toText(node)) || section;
      return;
    }
    if (BLOCKS.has(node.tagName) && !node.children.some((child) => child.type === "element" && holdsBlock(child))) {
      read(node);
      return;
    }
    for (const child of node.children) if (child.type === "element") visit(child);
  };

  const read = (block: Element) => {
    const children = [...block.children];
    let start = dataStart(block);
    // A speaker label first (after any time element): <b>Ann:</b>, <cite>Ann</cite>, <strong>Ann</strong>.
    let label: string | undefined;
    const firstElement = children.findIndex((child) => {
      const value = child.type === "text" ? child.value : child.type === "element" ? toText(child) : "";
      return value.trim() !== "" && !isTimeOnly(value);
    });
    const candidate = firstElement === -1 ? undefined : children[firstElement];
    if (candidate?.type === "element" && LABELS.has(candidate.tagName)) {
      const name = clean(toText(candidate)).replace(/:$/, "").trim();
      const after = children.slice(firstElement + 1).map((c) => (c.type === "text" ? c.value : c.type === "element" ? toText(c) : "")).join("");
      if (name !== "" && name.length <= 40 && after.trim() !== "") {
        label = name;
        children.splice(firstElement, 1);
      }
    }
    let words = clean(children.map((child) => (child.type === "text" ? child.value : child.type === "element" && !SKIPPED.has(child.tagName) ? toText(child) : "")).join(""));
    if (start === undefined) {
      const hms = HMS.exec(words);
      const clock = hms ? null : LEADING_CLOCK.exec(words);
      if (hms) {
        start = Number(hms[1] ?? 0) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
        words = words.slice(hms[0].length);
      } else if (clock) {
        start = clockToSeconds(clock[1]!);
        words = words.slice(clock[0].length);
      }
    } else {
      words = words.replace(LEADING_CLOCK, (match) => (/\d:\d/.test(match) ? "" : match));
    }
    if (label !== undefined) speaker = label;
    if (words.trim() === "") return;
    const last = segments.at(-1);
    if (start === undefined && label === undefined && last?.start !== undefined && last.section === section) {
      // A further paragraph of a timed turn (no time, no label of its own): it
      // continues that turn rather than leaving the whole transcript untimed.
      last.text = joinText(last.text, words);
      return;
    }
    segments.push({
      ...(start !== undefined ? { start } : {}),
      // A paragraph without a label continues the turn of the last one that had one.
      ...(speaker ? { speaker } : {}),
      text: words,
      ...(section ? { section } : {}),
      line: block.position?.start.line ?? 1,
    });
  };

  visit(body);
  return buildTranscript("html", segments, warnings, { fileName });
}

function findBody(tree: Root): Element {
  const html = tree.children.find((c): c is Element => c.type === "element" && c.tagName === "html");
  const body = html?.children.find((c): c is Element => c.type === "element" && c.tagName === "body");
  return body ?? { type: "element", tagName: "body", properties: {}, children: tree.children.filter((c: RootContent): c is ElementContent => c.type !== "doctype") };
}

function holdsBlock(element: Element): boolean {
  if (BLOCKS.has(element.tagName) || HEADINGS.has(element.tagName)) return true;
  return element.children.some((child) => child.type === "element" && !SKIPPED.has(child.tagName) && holdsBlock(child));
}

/** `data-start` on the block or the first element inside it that has one: seconds ("44.5") or a clock time ("0:44"). */
function dataStart(block: Element): number | undefined {
  const stack: Element[] = [block];
  while (stack.length) {
    const element = stack.shift()!;
    const value = element.properties?.dataStart;
    if (value !== undefined && value !== null) {
      const raw = String(value).trim();
      if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
      if (new RegExp(`^${CLOCK}$`).test(raw)) return clockToSeconds(raw);
    }
    for (const child of element.children) if (child.type === "element") stack.push(child);
  }
  return undefined;
}

/** True for a text that is only a time ("0h01m30s", "[00:44]"), as a time label beside the speaker. */
function isTimeOnly(text: string): boolean {
  const hms = HMS.exec(text);
  if (hms && hms[0].length === text.length) return true;
  const clock = LEADING_CLOCK.exec(text);
  return clock !== null && clock[0].length === text.length;
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();
