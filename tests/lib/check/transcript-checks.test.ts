import { describe, expect, it } from "vitest";
import { checkSpeakers } from "../../../src/lib/pipeline/read-episode.ts";
import { createSummaryRenderer } from "../../../src/lib/markdown/render-summary.ts";
import { timingProblems } from "../../../src/lib/check/check-transcript.ts";
import { indexPeople } from "../../../src/lib/check/people-index.ts";
import { formatProblem } from "../../../src/lib/check/problem.ts";
import { parseYamlSource } from "../../../src/lib/check/yaml-source.ts";
import { toParagraphs, type Transcript } from "../../../src/lib/transcript/index.ts";

// These checks read the transcript model; until the transcript parsers are
// merged the models are written by hand here, with the SRT they stand for.
const file = "content/episodes/first/transcript.srt";
const srt = `1
00:00:00,000 --> 00:00:05,000
Monica: Welcome.

2
00:00:04,000 --> 00:00:09,000
Alex: Thanks for having me.

3
00:00:03,000 --> 00:00:12,000
Monica: Let's start.

4
00:09:58,000 --> 00:10:30,000
Alex: Bye.
`;
const transcript: Transcript = {
  format: "srt",
  speakers: ["Monica", "Alex"],
  timed: true,
  warnings: [],
  segments: [
    { start: 0, end: 5, speaker: "Monica", text: "Welcome." },
    { start: 4, end: 9, speaker: "Alex", text: "Thanks for having me." },
    { start: 3, end: 12, speaker: "Monica", text: "Let's start." },
    { start: 598, end: 630, speaker: "Alex", text: "Bye." },
  ],
};

describe("transcript timing checks", () => {
  it("reports times going backwards, overlapping and past the duration at their cue", () => {
    expect(timingProblems(file, srt, transcript, 600).map(formatProblem)).toEqual([
      `${file}:6:1  warning: this line starts at 0:04, before the previous one ends (0:05); check the times overlap on purpose`,
      `${file}:10:1  the time goes backwards here: this line starts at 0:03, before the previous one (0:04); put the lines in order or fix the time`,
      `${file}:14:1  this line runs to 10:30, past the end of the episode (duration 10:00); fix the time or the episode's "duration"`,
    ]);
  });

  it("says nothing about untimed transcripts", () => {
    expect(timingProblems(file, "hello", { ...transcript, timed: false }, 1)).toEqual([]);
  });
});

describe("speakers without a person entry", () => {
  it("warns once per unknown speaker, at its first line", () => {
    const people = indexPeople(parseYamlSource("monica:\n  name: Monica\n", "content/people.yaml")).people;
    expect(checkSpeakers(file, new TextEncoder().encode(srt), transcript, people).map(formatProblem)).toEqual([
      `${file}:7:1  warning: the speaker "Alex" is not anyone in people.yaml: add it to a person's aliases (or add the person), so the page shows who is speaking`,
    ]);
  });
});

describe("takeaway quotes", () => {
  it("warns when a quoted phrase is not said near the cited time, at the takeaway's line", async () => {
    // Five blank lines stand for the frontmatter, as the pipeline blanks it.
    const summary = `\n\n\n\n\n## Key takeaways\n\n- Monica opens with “Welcome” [00:01].\n- Alex says “see you next week” [00:05].\n`;
    const render = createSummaryRenderer({ allowHtml: false });
    const { messages } = await render(summary, { slug: "first", paragraphs: toParagraphs(transcript) });
    expect(messages).toEqual([
      { line: 9, column: 1, severity: "warning", message: 'the takeaway quotes "see you next week" at 0:05, but the transcript does not say that near 0:05: check the quote or the time' },
    ]);
  });
});
