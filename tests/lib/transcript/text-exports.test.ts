/**
 * Text exports of the transcription services podcasters use, in each
 * one's layout (hand-made files under tests/fixtures/transcripts/; the
 * expected segments are written from the layout: one segment per turn,
 * the header's time and name, later paragraphs of a turn joined to it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript, toText, type Transcript } from "../../../src/lib/transcript/index.ts";

const dir = path.resolve(import.meta.dirname, "../../fixtures/transcripts");
const read = (name: string) => parseTranscript(readFileSync(path.join(dir, name)), { fileName: path.basename(name) });
const turns = (t: Transcript) => t.segments.map(({ start, speaker, text }) => ({ start, speaker, text }));

describe("Otter.ai", () => {
  it("'Name  0:42' headers; a turn over two paragraphs keeps its time and speaker; the footer is left out with a warning", () => {
    const t = read("otter/otter-export.txt");
    expect(turns(t)).toEqual([
      { start: 0, speaker: "Ann Lee", text: "Welcome back to the show. Today we talk about moats. And about hiring, which is harder than it looks." },
      { start: 42, speaker: "Bob Stone", text: "Thanks for having me, Ann." },
      { start: 65, speaker: "Ann Lee", text: "Let's start with your first company." },
    ]);
    expect(t.timed).toBe(true);
    expect(t.warnings).toEqual([{ line: 13, message: 'The "Transcribed by https://otter.ai" footer is not part of the conversation and was left out.' }]);
  });

  it("'**Name**  0:42' bold headers: no 'Name: 0:00' left in the text", () => {
    const t = read("otter/otter-bold.md");
    expect(turns(t)).toEqual([
      { start: 0, speaker: "Ann Lee", text: "Welcome back to the show." },
      { start: 42, speaker: "Bob Stone", text: "Thanks for having me. It's good to be here." },
    ]);
    expect(t.timed).toBe(true);
    expect(toText(t)).not.toMatch(/0:00|0:42|\*\*/);
  });
});

describe("Rev, Descript and Riverside", () => {
  it("Rev: 'Name (00:01:10):' on its own line", () => {
    expect(turns(read("rev/rev-export.txt"))).toEqual([
      { start: 0, speaker: "Ann Lee", text: "Welcome back to the show." },
      { start: 70, speaker: "Bob Stone", text: "Thanks for having me. It's been a while." },
      { start: 92, speaker: "Ann Lee", text: "It has." },
    ]);
  });

  it("Rev: 'Name (01:10):' minutes and seconds", () => {
    expect(turns(read("rev/rev-short-times.txt"))).toEqual([
      { start: 3, speaker: "Ann Lee", text: "Welcome back." },
      { start: 70, speaker: "Bob Stone", text: "Thanks." },
    ]);
  });

  it("Descript: 'Name [00:00:42]', a turn over two paragraphs", () => {
    const t = read("descript/descript-export.txt");
    expect(turns(t)).toEqual([
      { start: 0, speaker: "Ann Lee", text: "Welcome back to the show." },
      { start: 42, speaker: "Bob Stone", text: "Thanks for having me. We should talk about pricing." },
      { start: 65, speaker: "Ann Lee", text: "Let's." },
    ]);
    expect(t.timed).toBe(true);
  });

  it("Riverside: the time on its own line above the speaker", () => {
    expect(turns(read("riverside/riverside-export.txt"))).toEqual([
      { start: 2, speaker: "Ann Lee", text: "Welcome back to the show." },
      { start: 42, speaker: "Bob Stone", text: "Thanks for having me." },
      { start: 65, speaker: "Ann Lee", text: "Let's start." },
    ]);
  });
});

describe("character references in text transcripts", () => {
  it("&#39;, &amp;, &nbsp; and &lt; are decoded once, and the text export does not escape them again", () => {
    const t = read("text/entities.md");
    expect(t.segments.map((s) => [s.speaker, s.text])).toEqual([
      ["Ann", "It's Q&A time, folks."],
      ["Bob", "Ben & Jerry's <3"],
    ]);
    expect(toText(t)).toBe("Ann: It's Q&A time, folks.\n\nBob: Ben & Jerry's <3\n");
  });
});
