/**
 * Transcripts saved in the encodings real subtitle files come in: each is
 * read as text with a warning naming the encoding (expected words written
 * by hand: the fixtures were made by encoding these very sentences).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript, TranscriptError } from "../../../src/lib/transcript/index.ts";

const dir = path.resolve(import.meta.dirname, "../../fixtures/transcripts/encodings");
const read = (name: string) => parseTranscript(readFileSync(path.join(dir, name)), { fileName: name });

describe("encodings", () => {
  it("GBK / GB18030 (simplified Chinese subtitle sites)", () => {
    const t = read("gbk.srt");
    expect(t.segments.map((s) => s.text)).toEqual(["大家好，欢迎收听我们的节目。", "今天我们来聊一聊人工智能。"]);
    expect(t.warnings[0]).toEqual({ line: 1, message: expect.stringContaining("read as GB18030/GBK (simplified Chinese)") });
  });

  it("Big5 (traditional Chinese)", () => {
    const t = read("big5.srt");
    expect(t.segments.map((s) => s.text)).toEqual(["大家好，歡迎收聽我們的節目。", "今天我們來聊一聊人工智慧。"]);
    expect(t.warnings[0]!.message).toContain("read as Big5 (traditional Chinese)");
  });

  it("Windows-1252 / Latin-1, curly quotes included", () => {
    const t = read("windows-1252.srt");
    expect(t.segments.map((s) => s.text)).toEqual(["Café au lait, naïve – déjà vu.", "It’s “quoted” in Zürich."]);
    expect(t.warnings[0]!.message).toContain("read as Windows-1252");
  });

  it.each(["utf-16le-bom.vtt", "utf-16be-bom.vtt"])("%s: UTF-16 with a byte-order mark", (name) => {
    const t = read(name);
    expect(t.segments).toEqual([
      { start: 1, end: 3.5, speaker: "Ana", text: "Olá, bem-vindos." },
      { start: 3.5, end: 6, speaker: "Ben", text: "你好！" },
    ]);
    expect(t.warnings[0]!.message).toMatch(/read as UTF-16 \((little|big)-endian\) \(it starts with that encoding's byte-order mark\)/);
  });

  it("UTF-16 LE without a byte-order mark is recognised by its zero bytes", () => {
    const bytes = new Uint8Array(Buffer.from("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi there\n", "utf16le"));
    expect(parseTranscript(bytes, { fileName: "x.vtt" }).segments[0]!.text).toBe("Hi there");
  });

  it("UTF-8 with a byte-order mark: read as UTF-8, the mark named", () => {
    const t = read("utf-8-bom.srt");
    expect(t.segments[0]!.text).toBe("Café.");
    expect(t.warnings[0]!.message).toBe("This file starts with a byte-order mark (UTF-8 with BOM). Read it as UTF-8; the mark was left out.");
  });

  it("plain UTF-8 gives no encoding warning", () => {
    expect(parseTranscript(Buffer.from("1\n00:00:01,000 --> 00:00:02,000\nCafé 你好\n"), { fileName: "a.srt" }).warnings).toEqual([]);
  });

  it("an encoding that cannot be decided is refused with line and column", () => {
    // Bytes that are neither clearly Chinese nor Western text: high bytes in pairs that decode to rare characters.
    const bytes = new Uint8Array([...Buffer.from("1\n00:00:01,000 --> 00:00:02,000\n"), 0xfe, 0xa1, 0x20, 0xfe, 0xa2, 0x0a]);
    let error: unknown;
    try {
      parseTranscript(bytes, { fileName: "odd.srt" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as TranscriptError).message).toBe(
      "odd.srt:3:1  This file is not UTF-8 text, and shownotes cannot tell which encoding it is in (it is not clearly GBK, Big5 or Windows-1252). Open it in your editor and save it again as UTF-8.",
    );
  });
});

describe("control characters", () => {
  it("NUL inside the text is removed with a warning naming line and column", () => {
    const t = read("nul.srt");
    expect(t.segments[0]!.text).toBe("Hello there.");
    expect(t.warnings).toEqual([{ line: 3, column: 7, message: "A control character (the first is NUL, here) was removed: it is not text and would break the page." }]);
  });

  it("several kinds, counted", () => {
    const t = parseTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\u0007B\u001bC\u007f\n", { fileName: "c.vtt" });
    expect(t.segments[0]!.text).toBe("ABC");
    expect(t.warnings[0]!.message).toBe("3 control characters (the first is U+0007, here) were removed: they are not text and would break the page.");
  });
});
