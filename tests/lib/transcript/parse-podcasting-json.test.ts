import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

const parse = (file: string) => parseTranscript(corpusFile(file), { fileName: file.split("/")[1]! });
/** The segments without the per-word times a merged segment keeps (asserted on their own below). */
const parseLines = (file: string) => ({ ...parse(file), segments: parse(file).segments.map(({ words: _words, ...segment }) => segment) });

describe("Podcasting 2.0 JSON from the corpus", () => {
  it("podcastindex-example.json: word segments merged into sentences, integer and float times", () => {
    const t = parseLines("p20-json/podcastindex-example.json");
    expect(t.format).toBe("podcasting20-json");
    expect(t.segments).toEqual([
      { start: 0.5, end: 2.5, speaker: "Darth Vader", text: "I am your father." },
      { start: 2.75, end: 3, speaker: "Luke", text: "Nooooo" },
    ]);
    // Merging keeps each piece's own times.
    expect(parse("p20-json/podcastindex-example.json").segments[0]!.words).toEqual([
      { text: "I", start: 0.5, end: 0.75 },
      { text: "am", start: 1, end: 1.25 },
      { text: "your", start: 1.5, end: 2 },
      { text: "father.", start: 2.25, end: 2.5 },
    ]);
  });

  it("podnews-weekly-review-2023-06-02.json: whitespace and comma tokens join the words they separate", () => {
    const t = parseLines("p20-json/podnews-weekly-review-2023-06-02.json");
    expect(t.segments[0]).toEqual({ start: 0.221, end: 3.09, speaker: "Speaker 1", text: "It's Friday, the 2nd of June 2023." });
    expect(t.segments[1]).toEqual({ start: 4.34, end: 6.604, speaker: "Speaker 2", text: "The last word in podcasting news." });
    expect(t.segments[2]?.text).toMatch(/^This is the Pod News/);
  });

  it("how-to-start-a-podcast.json: word level with zero-duration words", () => {
    const t = parseLines("p20-json/how-to-start-a-podcast.json");
    expect(t.segments[0]).toEqual({ start: 0.3, end: 1.65, speaker: "Travis", text: "Hey, Travis Albritain here." });
    expect(t.segments[1]?.start).toBe(2.16);
    expect(t.segments[1]?.text).toMatch(/^Uh, so I hope/);
    expect(t.speakers).toEqual(["Travis", "Eric"]);
  });

  it("buzzcast.json: halves of a sentence that share their times become one line", () => {
    const t = parse("p20-json/buzzcast.json");
    expect(t.segments[0]?.start).toBe(0);
    expect(t.segments[0]?.speaker).toBe("Alban");
    expect(t.segments[0]?.text).toMatch(/^It is so stinking nice to like, show up and record this show\. And Travis has already put together an outline\./);
    // No timestamp is repeated for the two halves any more.
    const starts = t.segments.map((s) => `${s.speaker}@${s.start}`);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it("podcast-search-speaker-no-end.json: endTime missing, kept missing", () => {
    const t = parse("p20-json/podcast-search-speaker-no-end.json");
    expect(t.segments).toEqual([
      { start: 0, speaker: "Speaker 1", text: "Subtitle 1, Line 1" },
      { start: 5.5, speaker: "Speaker 2", text: "Subtitle 2, Line 1" },
      { start: 10, speaker: "Speaker 1", text: "Subtitle 3, Line 1" },
    ]);
    expect(t.timed).toBe(true);
  });
});
