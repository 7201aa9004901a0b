import { describe, expect, it } from "vitest";
import { applyGlossary, parseGlossary, type Transcript } from "../../../src/lib/transcript/index.ts";

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
      { meant: "OpenAI", heard: ["open eye", "OKI"] },
      { meant: "护城河", heard: ["互衬和"] },
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
