import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/lib/transcript/index.ts";
import { corpusFile } from "./corpus.ts";

const parse = (file: string) => parseTranscript(corpusFile(`text/${file}`), { fileName: file });

describe("Podcasting 2.0 HTML", () => {
  it("podcastindex-example.html: <cite>/<time>/<p>, &#39; decoded, M:SS times", () => {
    const t = parse("podcastindex-example.html");
    expect(t.format).toBe("podcasting20-html");
    expect(t.segments).toHaveLength(10);
    expect(t.segments[0]?.start).toBe(0);
    expect(t.segments[0]?.speaker).toBe("Travis");
    expect(t.segments[0]?.text).toMatch(/^When you first get started in podcasting, it's almost guaranteed/);
    expect(t.segments[1]?.start).toBe(53);
    expect(t.segments[1]?.speaker).toBe("Sarah");
    expect(t.segments.at(-1)?.start).toBe(691);
  });

  it("keeps words outside <p> and warns", () => {
    const t = parseTranscript("<cite>Ann:</cite><time>0:05</time><p>Hello.</p>\n<div>Stray words</div>", { fileName: "t.html" });
    expect(t.segments).toEqual([
      { start: 5, speaker: "Ann", text: "Hello." },
      { text: "Stray words" },
    ]);
    expect(t.warnings).toEqual([{ line: 2, message: 'Text outside a <p> paragraph was kept as its own paragraph: "Stray words"' }]);
  });
});
