import { describe, expect, it } from "vitest";
import { audioType, localAudioHref, localAudioName } from "../../../src/lib/media/episode-audio.ts";

describe("localAudioName", () => {
  it("recognises a file name in the episode folder", () => {
    expect(localAudioName("episode.mp3")).toBe("episode.mp3");
    expect(localAudioName("./第一期.m4a")).toBe("第一期.m4a");
  });
  it("leaves addresses hosted elsewhere alone", () => {
    expect(localAudioName("https://cdn.example.com/ep1.mp3")).toBeUndefined();
    expect(localAudioName("/audio/ep1.mp3")).toBeUndefined();
    expect(localAudioName("//cdn.example.com/ep1.mp3")).toBeUndefined();
    expect(localAudioName("audio/ep1.mp3")).toBeUndefined();
    expect(localAudioName("..")).toBeUndefined();
  });
});

describe("audioType and localAudioHref", () => {
  it("knows podcast audio types by extension", () => {
    expect([audioType("a.MP3"), audioType("b.m4a"), audioType("c.wav"), audioType("d.txt")]).toEqual(["audio/mpeg", "audio/mp4", "audio/wav", undefined]);
  });
  it("publishes the file next to the episode page", () => {
    expect(localAudioHref("ep-1", "episode one.mp3")).toBe("/episodes/ep-1/episode%20one.mp3");
  });
});
