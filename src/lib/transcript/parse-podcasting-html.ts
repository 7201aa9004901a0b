/**
 * The Podcasting 2.0 HTML transcript format (podcast namespace,
 * "Transcripts" doc, "HTML" section): a run of `<cite>Name:</cite>`,
 * `<time>0:00</time>`, `<p>text</p>`, usually with no html/body wrapper.
 * Parsed with hast-util-from-html (the HTML parsing algorithm, so
 * entities like `&#39;` and sloppy markup behave as in a browser).
 */
import type { Element, Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { buildTranscript } from "./build-transcript.ts";
import { TranscriptError } from "./errors.ts";
import type { Segment, Transcript, TranscriptWarning } from "./model.ts";
import { clockToSeconds, CLOCK } from "./time-text.ts";

export function looksLikePodcastingHtml(text: string): boolean {
  return /<cite[\s>]/i.test(text) && /<p[\s>]/i.test(text);
}

export function parsePodcastingHtml(text: string, fileName: string): Transcript {
  const tree: Root = fromHtml(text, { fragment: true });
  const segments: Segment[] = [];
  const warnings: TranscriptWarning[] = [];
  let speaker: string | undefined;
  let start: number | undefined;
  const clock = new RegExp(`^${CLOCK}$`);
  const visit = (node: Nodes) => {
    if (node.type === "element") {
      const element = node as Element;
      if (element.tagName === "cite") {
        speaker = toText(element).trim().replace(/:$/, "").trim() || undefined;
        return;
      }
      if (element.tagName === "time") {
        // Our export keeps exact times as an HTML duration in `datetime` ("PT62.5S").
        const duration = /^PT(\d+(?:\.\d+)?)S$/.exec(String(element.properties?.dateTime ?? ""));
        if (duration) {
          start = Number(duration[1]);
          return;
        }
        const value = toText(element).trim();
        if (!clock.test(value)) {
          const line = element.position?.start.line ?? 1;
          throw new TranscriptError(fileName, line, `The time "${value}" cannot be read; write it like "1:02:03" or "4:05".`, element.position?.start.column);
        }
        start = clockToSeconds(value);
        return;
      }
      if (element.tagName === "p") {
        const words = toText(element).replace(/\s+/g, " ").trim();
        segments.push({ ...(start !== undefined ? { start } : {}), ...(speaker ? { speaker } : {}), text: words });
        // Each paragraph carries its own <cite> and <time>; a <p> without them has none.
        start = undefined;
        speaker = undefined;
        return;
      }
    }
    if (node.type === "text" && node.value.trim() !== "") {
      // Words outside <p> are not part of the format; keep them rather than lose them.
      warnings.push({
        line: node.position?.start.line ?? 1,
        message: `Text outside a <p> paragraph was kept as its own paragraph: "${node.value.trim().slice(0, 60)}"`,
      });
      segments.push({ ...(speaker ? { speaker } : {}), text: node.value.replace(/\s+/g, " ").trim() });
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return buildTranscript("podcasting20-html", segments, warnings, { fileName });
}
