import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

const parse = (file: string) => parseTranscript(corpusFile(`text/${file}`), { fileName: file });

describe("text transcripts from the corpus", () => {
  it("changelog-the-changelog-500.md: **Name:** turns, sparse \\[mm:ss\\] times, \\[laughs\\] kept as words", () => {
    const t = parse("changelog-the-changelog-500.md");
    expect(t.format).toBe("text-timed");
    expect(t.timed).toBe(false);
    expect(t.segments[0]).toEqual({ speaker: "Jerod Santo", text: "Chris, welcome on the Changelog, man." });
    expect(t.segments.find((s) => s.start === 273)).toEqual({ start: 273, speaker: "Jerod Santo", text: "You tend to keep things going." });
    expect(t.segments.find((s) => s.text === "[laughs]")?.speaker).toBe("Jerod Santo");
    // \[01:28:05.29\]: hours and centiseconds.
    expect(t.segments.some((s) => s.start === 5285.29)).toBe(true);
    expect(t.speakers).toEqual(["Jerod Santo", "Chris Coyier", "Adam Stacoviak"]);
  });

  it("talkpython-530-anywidget.txt: 'HH:MM:SS <v Name>text' lines", () => {
    const t = parse("talkpython-530-anywidget.txt");
    expect(t.timed).toBe(true);
    expect(t.segments[1]).toEqual({ start: 7, speaker: "Michael Kennedy", text: "Most developers took one look and backed away slowly." });
    expect(t.segments.find((s) => s.speaker === "Trevor Manz")).toEqual({ start: 149, speaker: "Trevor Manz", text: "Yeah, thanks for having me, Michael." });
  });

  it("chaincode-podcast-assumeutxo.md: front matter skipped, 'Name: 00:00:25' turns, ## sections", () => {
    const t = parse("chaincode-podcast-assumeutxo.md");
    expect(t.segments[0]).toEqual({
      start: 0,
      speaker: "James O'Beirne",
      text: "Bitcoin is a very complex piece of software and it's very difficult to review for correctness.",
    });
    expect(t.segments[2]).toEqual({ start: 25, speaker: "John Newberry", text: "Hi Jonas.", section: "Introduction" });
    expect(t.segments[3]).toEqual({ speaker: "John Newberry", text: "Hi Caralie.", section: "Introduction" });
    expect(t.segments[4]).toEqual({ start: 27, speaker: "Caralie", text: "Hi guys.", section: "Introduction" });
    expect(t.segments.some((s) => s.text.includes("transcript_by"))).toBe(false);
  });

  it("whisper-timestamped-verbose-fr.stdout.txt: '[00:00.440 --> 00:01.440] text' console lines", () => {
    const t = parse("whisper-timestamped-verbose-fr.stdout.txt");
    expect(t.segments[0]).toEqual({ start: 0.44, end: 1.44, text: "Bonjour !" });
    expect(t.segments[5]).toEqual({ start: 2.56, end: 3.12, text: "bien ?" });
    expect(t.segments).toHaveLength(11);
  });
});

describe("other timed-text shapes", () => {
  it("reads '[00:12:34] Name: text' lines", () => {
    const t = parseTranscript("[00:12:34] Ann Lee: Welcome back.\n[00:12:40] Bob: Thanks!\n", { fileName: "notes.txt" });
    expect(t.segments).toEqual([
      { start: 754, speaker: "Ann Lee", text: "Welcome back." },
      { start: 760, speaker: "Bob", text: "Thanks!" },
    ]);
  });

  it("reads an Otter-style 'Name  0:42' line followed by the text", () => {
    const t = parseTranscript("Ann Lee  0:00\nWelcome back to the show.\n\nBob  0:42\nThanks for having me.\n", { fileName: "otter.txt" });
    expect(t.segments).toEqual([
      { start: 0, speaker: "Ann Lee", text: "Welcome back to the show." },
      { start: 42, speaker: "Bob", text: "Thanks for having me." },
    ]);
    expect(t.timed).toBe(true);
  });

  it("does not take prose ending in a time for a speaker line", () => {
    const t = parseTranscript("Ann  0:00\nWelcome.\n\nBob  0:05\nSee you at 10:30\n", { fileName: "otter.txt" });
    expect(t.segments).toEqual([
      { start: 0, speaker: "Ann", text: "Welcome." },
      { start: 5, speaker: "Bob", text: "See you at 10:30" },
    ]);
  });
});
