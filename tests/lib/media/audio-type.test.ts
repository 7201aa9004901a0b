import { describe, expect, it } from "vitest";
import { audioType } from "../../../src/lib/media/audio-type.ts";

describe("audioType", () => {
  it("keeps the type the podcaster wrote", () => {
    expect(audioType({ url: "https://x.org/a.bin", type: "audio/mpeg" })).toBe("audio/mpeg");
  });
  it("guesses from the extension, ignoring query strings", () => {
    expect(audioType({ url: "https://x.org/a.MP3?download=1" })).toBe("audio/mpeg");
    expect(audioType({ url: "/a.m4a" })).toBe("audio/x-m4a");
  });
  it("says it does not know rather than guessing wrong", () => {
    expect(audioType({ url: "https://x.org/stream" })).toBeUndefined();
  });
});
