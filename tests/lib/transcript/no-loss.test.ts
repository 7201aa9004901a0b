/**
 * Issue 3, "Nothing lost": every word of the source's spoken text appears,
 * in order, in the model and in the display paragraphs; and any segments
 * survive every export and re-parse with their words in order.
 *
 * The spoken text of each source file is extracted here by deliberately
 * simple rules per format (not by our parsers): drop time lines, cue
 * numbers, markup, metadata and headings, and the speaker labels the
 * parser recognised (they become `speaker`, checked by the parser tests),
 * keep every other word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseTranscript,
  toParagraphs,
  toPodcastingHtml,
  toPodcastingJson,
  toSrt,
  toText,
  toWebVtt,
  type Segment,
  type Transcript,
} from "../../../src/lib/transcript/index.ts";
import { corpusFile, corpusFiles } from "./corpus.ts";
import { inOrder, segmentWords, words } from "./spoken-words.ts";

const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|nbsp|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", nbsp: " ", quot: '"', "#39": "'" })[e]!);

const TIME_LINE = /-->/;

function spokenText(file: string, raw: string, speakers: string[]): string {
  const names = speakers.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") || "(?!)";
  const label = new RegExp(`^(\\*\\*|\\[)?(${names})(\\])?:(\\*\\*)?:?\\s*`);
  const lines = raw
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n/)
    .map((l) => l.replace(label, "").replace(/^- /, ""));
  if (file.endsWith(".json")) {
    const data = JSON.parse(raw);
    if (data.segments?.[0]?.body !== undefined) return data.segments.map((s: { body: string }) => s.body).join(data.segments.some((s: { body: string }) => s.body === " ") ? "" : " ");
    return data.segments.map((s: { text: string }) => s.text).join(" ");
  }
  if (file.endsWith(".srt")) {
    return lines.filter((l) => !TIME_LINE.test(l) && !/^\d+$/.test(l.trim())).map((l) => l.replace(/<[^>]+>/g, "")).join("\n");
  }
  if (file.startsWith("vtt/")) {
    const kept: string[] = [];
    let inNote = false;
    lines.forEach((line, i) => {
      if (i === 0 || line.trim() === "") {
        inNote = false;
        return;
      }
      if (/^NOTE\b/.test(line)) inNote = true;
      if (inNote || TIME_LINE.test(line) || TIME_LINE.test(lines[i + 1] ?? "")) return; // notes, times, cue ids
      kept.push(decodeEntities(line.replace(/<[^>]+>/g, "")));
    });
    return kept.join("\n");
  }
  if (file.endsWith(".html")) {
    return decodeEntities(raw.replace(/<(time|cite)>[^<]*<\/\1>/g, "").replace(/<[^>]+>/g, " "));
  }
  // Text and Markdown: skip front matter, drop times, tags and link targets.
  let start = 0;
  if (lines[0] === "---") start = lines.indexOf("---", 1) + 1;
  return lines
    .slice(start)
    .filter((l) => !/^#+\s/.test(l))
    .map((l) =>
      l
        .replace(/\\?\[(\d+:)?\d+:\d+([.,]\d+)?( --> (\d+:)?\d+:\d+([.,]\d+)?)?\\?\]/g, "")
        .replace(/\b(\d+:)?\d+:\d\d\b/g, "")
        .replace(/<[^>]+>/g, "")
        .replace(/\]\([^)]*\)/g, "]"),
    )
    .join("\n");
}

const corpus = ["srt", "vtt", "p20-json", "whisper-json", "text"].flatMap(corpusFiles);

describe("no word of a corpus file is lost", () => {
  it.each(corpus)("%s: in the model and in the paragraphs", (file) => {
    const bytes = corpusFile(file);
    const transcript = parseTranscript(bytes, { fileName: file.split("/")[1]! });
    const source = words(spokenText(file, bytes.toString("utf8"), transcript.speakers));
    expect(source.length).toBeGreaterThanOrEqual(5);
    const textWords = (items: { text: string }[]) => items.flatMap((s) => words(s.text));
    expect(inOrder(source, textWords(transcript.segments))).toBe(true);
    expect(inOrder(source, textWords(toParagraphs(transcript)))).toBe(true);
    // Nothing extra either: the model's words are exactly the source's.
    expect(textWords(transcript.segments)).toHaveLength(source.length);
  });
});

const latinWord = fc.stringMatching(/^[a-z]{1,8}[.,?!]?$/);
const cjkWord = fc.stringMatching(/^[我们今天聊模型训练数据成本护城河]{1,6}$/);
const segmentText = fc
  .array(fc.oneof(latinWord, cjkWord), { minLength: 1, maxLength: 8 })
  .map((ws) => ws.reduce((text, w) => (text === "" ? w : `${text} ${w}`), ""));
const segmentsArbitrary = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 3000 }),
      length: fc.integer({ min: 1, max: 8000 }),
      speaker: fc.constantFrom(undefined, "Ann", "Bob Lee", "SPEAKER_01"),
      text: segmentText,
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((items) => {
    let clock = 0;
    return items.map(({ gap, length, speaker, text }) => {
      const start = (clock += gap) / 1000;
      const end = (clock += length) / 1000;
      return { start, end, ...(speaker ? { speaker } : {}), text } as Segment;
    });
  });

const asTranscript = (segments: Segment[]): Transcript => ({
  format: "vtt",
  speakers: [...new Set(segments.flatMap((s) => (s.speaker ? [s.speaker] : [])))],
  segments,
  timed: true,
  warnings: [],
});

describe("property: random segments → export → parse → the same words in order", () => {
  it.each([
    ["vtt", toWebVtt],
    ["srt", toSrt],
    ["json", toPodcastingJson],
    ["html", toPodcastingHtml],
    ["txt", (t: Transcript) => toText(t)],
  ] as const)("%s", (extension, write) => {
    fc.assert(
      fc.property(segmentsArbitrary, (segments) => {
        const back = parseTranscript(write(asTranscript(segments)), { fileName: `out.${extension}` });
        if (extension === "srt") {
          // SRT has no speaker markup: the "Name:" convention cannot say "no speaker"
          // after a named cue, and a name used once may stay in the text. So: every
          // spoken word is back, in order, as text or as the speaker of its segment.
          const backWords = back.segments.flatMap((s) => [...(s.speaker ? words(s.speaker) : []), ...words(s.text)]);
          expect(inOrder(segments.flatMap((s) => words(s.text)), backWords)).toBe(true);
        } else {
          expect(segmentWords(back.segments)).toEqual(segmentWords(segments));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("toParagraphs keeps every word, in order", () => {
    fc.assert(
      fc.property(segmentsArbitrary, (segments) => {
        const paragraphs = toParagraphs(asTranscript(segments));
        expect(paragraphs.flatMap((p) => words(p.text))).toEqual(segments.flatMap((s) => words(s.text)));
        expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
      }),
      { numRuns: 100 },
    );
  });

  it("vtt keeps the segments themselves, times and speakers included", () => {
    fc.assert(
      fc.property(segmentsArbitrary, (segments) => {
        expect(parseTranscript(toWebVtt(asTranscript(segments)), { fileName: "out.vtt" }).segments).toEqual(segments);
      }),
      { numRuns: 60 },
    );
  });
});
