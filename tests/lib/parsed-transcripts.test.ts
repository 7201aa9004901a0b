import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "../../src/lib/check/index.ts";
import { dropParsedTranscripts, handOverParsedTranscript, takeParsedTranscript } from "../../src/lib/parsed-transcripts.ts";
import { parseTranscript, type Transcript } from "../../src/lib/transcript/index.ts";
import { repoRoot } from "../support/build-site.ts";

const bytes = new TextEncoder().encode("WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n");
const transcript: Transcript = { format: "vtt", speakers: [], segments: [{ start: 0, end: 2, text: "Hello." }], timed: true, warnings: [] };

afterEach(dropParsedTranscripts);

describe("transcripts handed from the content check to the loader", () => {
  it("are taken once, for the same file, bytes and duration", () => {
    handOverParsedTranscript("/show/a/transcript.vtt", bytes, 120, transcript);
    expect(takeParsedTranscript("/show/b/transcript.vtt", bytes, 120)).toBeUndefined();
    expect(takeParsedTranscript("/show/a/transcript.vtt", Uint8Array.from(bytes), 120)).toBe(transcript);
    expect(takeParsedTranscript("/show/a/transcript.vtt", bytes, 120)).toBeUndefined();
  });

  it("are not taken when the file changed in between or the duration differs", () => {
    handOverParsedTranscript("/show/a/transcript.vtt", bytes, 120, transcript);
    const edited = Uint8Array.from(bytes);
    edited[edited.length - 3] = "!".charCodeAt(0);
    expect(takeParsedTranscript("/show/a/transcript.vtt", edited, 120)).toBeUndefined();
    handOverParsedTranscript("/show/a/transcript.vtt", bytes, 120, transcript);
    expect(takeParsedTranscript("/show/a/transcript.vtt", bytes, undefined)).toBeUndefined();
  });

  it("are dropped when the loader is done", () => {
    handOverParsedTranscript("/show/a/transcript.vtt", bytes, undefined, transcript);
    dropParsedTranscripts();
    expect(takeParsedTranscript("/show/a/transcript.vtt", bytes, undefined)).toBeUndefined();
  });

  it("come from the check as the loader would parse them, before the glossary", () => {
    const seen: [string, Transcript][] = [];
    checkContent(repoRoot, "content", { onTranscriptParsed: (file, _bytes, _duration, parsed) => seen.push([file, parsed]) });
    expect(seen.map(([file]) => file)).toEqual(["content/episodes/ai-startups-moats-and-talent/transcript.txt"]);
    const [file, parsed] = seen[0]!;
    // The sample episode states no duration.
    expect(parsed).toEqual(parseTranscript(readFileSync(join(repoRoot, file)), { fileName: file }));
  });
});
