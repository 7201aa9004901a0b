import fc from "fast-check";
import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { formatClock } from "../../../src/lib/timing/time.ts";
import { parseTranscript, toPodcastingHtml, type Segment, type Transcript } from "../../../src/lib/transcript/index.ts";
import { corpusFile, corpusFiles } from "./corpus.ts";

/**
 * The writer this one replaced (issue 9: written directly for speed): the
 * format as a hast tree serialised by hast-util-to-html. Kept as the
 * reference its output must match byte for byte.
 */
function throughHast(transcript: Transcript): string {
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

const transcriptOf = (segments: Segment[]): Transcript => ({ format: "vtt", speakers: [], segments, timed: true, warnings: [] });

describe("toPodcastingHtml writes what hast-util-to-html wrote", () => {
  const files = ["srt", "vtt", "p20-json", "whisper-json", "text"].flatMap((dir) => corpusFiles(dir));
  it.each(files)("%s", (file) => {
    let transcript: Transcript;
    try {
      transcript = parseTranscript(corpusFile(file), { fileName: file, duration: 7200 });
    } catch {
      return; // Files the engine rejects on purpose have no export.
    }
    expect(toPodcastingHtml(transcript)).toBe(throughHast(transcript));
  });

  it("for any text, speaker and time, markup characters included", () => {
    const tricky = fc.constantFrom("<", ">", "&", '"', "'", "`", "\0", "&amp;", "<p>", "]]>", "\u00a0", "𠀀", "\ud800", "\n", "=");
    const text = fc.array(fc.oneof(fc.string({ unit: "grapheme", minLength: 1 }), tricky), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
    const segment = fc.record(
      { start: fc.double({ min: 0, max: 36000, noNaN: true }), speaker: text, text, approximate: fc.boolean() },
      { requiredKeys: ["text"] },
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const transcript = transcriptOf(segments as Segment[]);
        expect(toPodcastingHtml(transcript)).toBe(throughHast(transcript));
      }),
      { numRuns: 300 },
    );
  });
});
