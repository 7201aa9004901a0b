/**
 * HTML transcripts that are not in the Podcasting 2.0 layout: a show's
 * transcript page (hand-made under tests/fixtures/transcripts/html/, in the
 * shape such pages have; expected segments written from the markup).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";

const file = path.resolve(import.meta.dirname, "../../fixtures/transcripts/html/transcript-page.html");

describe("a generic HTML transcript page", () => {
  const t = parseTranscript(readFileSync(file), { fileName: "transcript.html" });

  it("reads the body's paragraphs with their times, speakers and sections", () => {
    expect(t.format).toBe("html");
    expect(t.segments.map(({ start, speaker, text, section }) => ({ start, speaker, text, section }))).toEqual([
      { start: 0, speaker: "Ann Lee", text: "Welcome back to the show & thanks for listening.", section: "Introduction" },
      { start: 44, speaker: "Bob Stone", text: "It's good to be here. And I mean that.", section: "Introduction" },
      { start: 65.5, speaker: "Ann Lee", text: "Let’s talk about hiring.", section: "Hiring" },
      { start: 90, speaker: "Bob Stone", text: "It is harder than it looks.", section: "Hiring" },
    ]);
  });

  it("is timed: the paragraph without a time of its own continues the turn before it", () => {
    expect(t.timed).toBe(true);
  });

  it("never reads <head>, <style>, <script> or navigation", () => {
    const all = t.segments.map((s) => s.text).join(" ");
    expect(all).not.toMatch(/secret|tracking|Home|Episodes|Example Show/);
  });
});
