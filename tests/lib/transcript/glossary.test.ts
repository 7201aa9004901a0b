import { describe, expect, it } from "vitest";
import { applyGlossary, parseGlossary, type Transcript } from "../../../src/lib/transcript/index.ts";
import { glossaryProblems } from "../../../src/lib/transcript/glossary.ts";

const transcript = (texts: string[], speaker?: string): Transcript => ({
  format: "text-plain",
  speakers: speaker ? [speaker] : [],
  segments: texts.map((text) => ({ text, ...(speaker ? { speaker } : {}) })),
  timed: false,
  warnings: [],
});

describe("parseGlossary", () => {
  it("reads a list of { meant, heard } entries; heard may be one string", () => {
    expect(parseGlossary("- meant: OpenAI\n  heard: [open eye, OKI]\n- meant: 护城河\n  heard: 互衬和\n", "g.yaml")).toEqual([
      { meant: "OpenAI", heard: ["open eye", "OKI"], line: 1 },
      { meant: "护城河", heard: ["互衬和"], line: 3 },
    ]);
  });

  it("says which entry is wrong, with the line", () => {
    expect(() => parseGlossary("- meant: OpenAI\n  heard: [open eye]\n- meant: Monica\n", "glossary.yaml")).toThrow(
      'glossary.yaml:3  The entry for "Monica" needs "heard": the wrong spellings to replace.',
    );
    expect(() => parseGlossary("meant: OpenAI\n", "glossary.yaml")).toThrow(
      'glossary.yaml:1  A glossary is a list of entries, each "- meant: …" with "heard: [ … ]".',
    );
    expect(() => parseGlossary("- meant: [\n", "glossary.yaml")).toThrow(/^glossary\.yaml:2:1  This glossary is not valid YAML/);
  });
});

describe("applyGlossary", () => {
  const glossary = parseGlossary("- meant: OpenAI\n  heard: [open eye, OKI]\n- meant: ChatGPT\n  heard: [蔡GBT]\n- meant: Monica\n  heard: [monika]\n", "g.yaml");

  it("replaces Latin forms as whole words only, any case", () => {
    const t = applyGlossary(transcript(["open eye训练", "Open Eye said", "reopen eyes", "OKIE dokie", "OKI."]), glossary);
    expect(t.segments.map((s) => s.text)).toEqual(["OpenAI训练", "OpenAI said", "reopen eyes", "OKIE dokie", "OpenAI."]);
  });

  it("replaces CJK forms exactly, wherever they occur", () => {
    const t = applyGlossary(transcript(["你看蔡GBT已经", "蔡GBT的"]), glossary);
    expect(t.segments.map((s) => s.text)).toEqual(["你看ChatGPT已经", "ChatGPT的"]);
  });

  it("corrects speaker names too, and leaves the input untouched", () => {
    const source = transcript(["hello"], "monika");
    const t = applyGlossary(source, glossary);
    expect(t.segments[0]?.speaker).toBe("Monica");
    expect(t.speakers).toEqual(["Monica"]);
    expect(source.segments[0]?.speaker).toBe("monika");
  });
});

describe("one pass, no chains", () => {
  it("swaps foo and bar instead of turning both into one word", () => {
    const swap = parseGlossary("- meant: bar\n  heard: foo\n- meant: foo\n  heard: bar\n", "g.yaml");
    expect(applyGlossary(transcript(["foo and bar"]), swap).segments[0]?.text).toBe("bar and foo");
  });

  it("never corrects a correction: a → b → c gives b, not c", () => {
    const chain = parseGlossary("- meant: beta\n  heard: alpha\n- meant: gamma\n  heard: beta\n", "g.yaml");
    expect(applyGlossary(transcript(["alpha, beta"]), chain).segments[0]?.text).toBe("beta, gamma");
  });

  it("prefers the longest heard form where two start at the same place", () => {
    const nested = parseGlossary("- meant: OpenAI\n  heard: [open AI]\n- meant: Open\n  heard: [opne]\n- meant: AIs\n  heard: [AI]\n", "g.yaml");
    expect(applyGlossary(transcript(["open AI and AI"]), nested).segments[0]?.text).toBe("OpenAI and AIs");
  });

  it("reports a cycle as a warning on each entry and a form heard for two spellings as an error", () => {
    const swap = parseGlossary("- meant: bar\n  heard: foo\n- meant: foo\n  heard: bar\n- meant: Monica\n  heard: [monika]\n- meant: Monika\n  heard: [MONIKA]\n", "g.yaml");
    expect(glossaryProblems(swap).map(({ line, severity }) => ({ line, severity }))).toEqual([
      { line: 7, severity: "error" },
      { line: 1, severity: "warning" },
      { line: 3, severity: "warning" },
      { line: 7, severity: "warning" },
    ]);
    expect(glossaryProblems(swap)[0]?.message).toBe('"MONIKA" is listed as heard for both "Monica" (line 5) and "Monika": keep it under one of them');
  });
});
