import { describe, expect, it } from "vitest";
import { playerView, speakerName, tagHref, takeawayLead, timeLabel, toEpisodePage, toEpisodeSummary, transcriptRuns, type EpisodeEntry } from "../../../src/lib/page-data/episode-view.ts";
import { en } from "../../../src/i18n/en.ts";
import { storeTranscript } from "../../support/stored-transcript.ts";
import type { Person } from "../../../src/schemas/person.ts";
import type { Show } from "../../../src/schemas/show.ts";

const show: Show = {
  title: "Test Show",
  description: "A show.",
  language: "en",
  url: "https://example.com/",
  author: "Us",
  categories: [],
  explicit: false,
  links: [],
  hosts: ["ana"],
};
const people = new Map<string, Person>([
  ["ana", { name: "Ana", aliases: ["SPEAKER_00"] }],
  ["bo", { name: "Bo", aliases: [] }],
]);

// Stored as the episodes loader stores them (segments in a file beside the entry).
const timedTranscript = await storeTranscript(
  {
    format: "vtt",
    speakers: ["SPEAKER_00"],
    timed: true,
    segments: [
      { start: 0, end: 100, speaker: "SPEAKER_00", text: "Hello." },
      { start: 100.4, end: 200, speaker: "Bo", text: "Hi." },
    ],
    warnings: [],
  },
  "t.vtt",
);
const estimatedTranscript = await storeTranscript(
  { format: "text-plain", speakers: [], timed: false, segments: [{ start: 95, approximate: true, text: "大概在这里。" }], warnings: [] },
  "t.txt",
);

function entry(id: string, data: Partial<EpisodeEntry["data"]> = {}): EpisodeEntry {
  return { id, data: { title: id, guests: [], tags: [], draft: false, chapters: [], takeaways: [], ...data } };
}

describe("toEpisodePage", () => {
  const newestFirst = [entry("three"), entry("two"), entry("one")];
  const two = entry("two", {
    number: 2,
    date: new Date("2024-03-04"),
    duration: 754,
    guests: ["bo", "nobody"],
    tags: ["Deep Learning"],
    chapters: [{ title: "Intro", start: 0 }, { title: "Later", start: 120, approximate: true }],
    transcript: timedTranscript,
  });
  const page = toEpisodePage(two, { show, people, newestFirst, strings: en });

  it("links the older episode as previous and the newer as next", () => {
    expect(page.previous).toEqual({ slug: "one", title: "one", href: "/episodes/one/" });
    expect(page.next).toEqual({ slug: "three", title: "three", href: "/episodes/three/" });
  });
  it("shows the show's hosts by default, and a name people.yaml does not know as written, without a link", () => {
    expect(page.hosts).toEqual([{ id: "ana", name: "Ana", href: "/people/ana/" }]);
    expect(page.guests).toEqual([{ id: "bo", name: "Bo", href: "/people/bo/" }, { name: "nobody" }]);
  });
  it("formats the number, date (as written, in UTC) and duration", () => {
    expect(page.numberLabel).toBe("Episode 2");
    expect(page.date).toEqual({ iso: "2024-03-04", text: "March 4, 2024", value: new Date("2024-03-04") });
    expect(page.duration).toEqual({ iso: "PT12M34S", text: "12:34" });
  });
  it("marks estimated chapter times with ≈ and links timed chapters to their moment", () => {
    expect(page.chapters[1]?.time).toEqual({ text: "≈ 2:00", spoken: "about 2:00", approximate: true });
    expect(page.chapters[0]?.href).toBe("/episodes/two/?t=0#t0");
  });
  it("names speakers as people.yaml knows them", () => {
    expect(page.paragraphs.map((paragraph) => paragraph.speaker)).toEqual(["Ana", "Bo"]);
    expect(page.tags).toEqual([{ name: "Deep Learning", href: "/tags/deep-learning/" }]);
  });
});

describe("the player's data", () => {
  it("is there only for an episode with audio", () => {
    const newestFirst = [entry("one")];
    const chapters = [{ title: "Intro", start: 0 }, { title: "Later", start: 120 }];
    expect(toEpisodePage(entry("one", { chapters }), { show, people, newestFirst, strings: en }).player).toBeUndefined();
    const withAudio = toEpisodePage(entry("one", { audio: { url: "/a.mp3" }, duration: 754, chapters }), { show, people, newestFirst, strings: en });
    expect(withAudio.player?.chapters).toEqual([
      { title: "Intro", start: 0, at: 0 },
      { title: "Later", start: 120, at: 120 / 754 },
    ]);
  });

  it("places timed chapters along the progress bar by the stated duration, leaving untimed ones out", () => {
    const view = playerView(
      { title: "Two", duration: 800, chapters: [{ title: "Later", start: 600 }, { title: "Outline only" }, { title: "Intro", start: 0 }, { title: "Middle", start: 200 }] },
      show,
    );
    expect(view.duration).toBe(800);
    expect(view.chapters).toEqual([
      { title: "Intro", start: 0, at: 0 },
      { title: "Middle", start: 200, at: 0.25 },
      { title: "Later", start: 600, at: 0.75 },
    ]);
  });

  it("leaves chapters unplaced when the duration is not known (the script places them once the audio says)", () => {
    expect(playerView({ title: "Two", chapters: [{ title: "Intro", start: 30 }] }, show).chapters).toEqual([{ title: "Intro", start: 30 }]);
  });

  it("gives the lock screen the episode title, the show's name and the episode's image before the show's cover", () => {
    const withCover = { ...show, artwork: "/cover.png" };
    expect(playerView({ title: "Two", chapters: [], image: "/episodes/two/art.jpg" }, withCover).session).toEqual({
      title: "Two",
      artist: "Test Show",
      album: "Test Show",
      artwork: "/episodes/two/art.jpg",
    });
    expect(playerView({ title: "Two", chapters: [] }, withCover).session.artwork).toBe("/cover.png");
    expect(playerView({ title: "Two", chapters: [] }, show).session).not.toHaveProperty("artwork");
  });

});

describe("small helpers", () => {
  it("keeps CJK letters in tag addresses and makes path characters hyphens", () => {
    expect(tagHref("大模型")).toBe(`/tags/${encodeURIComponent("大模型")}/`);
    expect(tagHref("AI / ML")).toBe("/tags/ai-ml/");
  });
  it("shows estimated transcript times with ≈ and says so once", () => {
    const page = toEpisodePage(
      entry("est", {
        transcript: estimatedTranscript,
      }),
      { show, people, newestFirst: [], strings: en },
    );
    expect(page.approximateTimes).toBe(true);
    expect(page.paragraphs[0]?.time).toEqual({ text: "≈ 1:35", spoken: "about 1:35", approximate: true });
    expect(page.paragraphs[0]?.id).toMatch(/^p/);
  });
  it("maps aliases to names and leaves unknown labels", () => {
    expect(speakerName("speaker_00", people)).toBe("Ana");
    expect(speakerName("Guest 3", people)).toBe("Guest 3");
  });
  it("shows an exact time plainly", () => {
    expect(timeLabel(3723, false, en)).toEqual({ text: "1:02:03", approximate: false });
  });
  it("previews a takeaway by its bold lead, else its first 80 characters", () => {
    expect(takeawayLead({ html: "<strong>Plan first.</strong> Then record.", text: "Plan first. Then record." })).toBe("Plan first.");
    expect(takeawayLead({ html: "Short.", text: "Short." })).toBe("Short.");
    const long = "很".repeat(100);
    expect(takeawayLead({ html: long, text: long })).toBe(`${"很".repeat(80)}…`);
  });
  it("summarises an episode for lists", () => {
    const summary = toEpisodeSummary(entry("x", { lang: "zh-CN", takeaways: [{ html: "<strong>A</strong> b", text: "A b" }] }), show, en);
    expect(summary).toEqual({ slug: "x", href: "/episodes/x/", lang: "zh-CN", title: "x", takeawaysPreview: ["A"] });
  });
});

describe("dates in the show's time zone", () => {
  it("an instant with its offset is shown on the day the show published it", async () => {
    const { formatDate, isoDay } = await import("../../../src/lib/page-data/episode-view.ts");
    // Thu, 30 Aug 2018 00:00:00 +0800 is 29 August 16:00 in UTC.
    const published = new Date("2018-08-30T00:00:00+08:00");
    expect(formatDate(published, "en", "Asia/Shanghai")).toBe("August 30, 2018");
    expect(isoDay(published, "Asia/Shanghai")).toBe("2018-08-30");
    expect(formatDate(published, "zh-CN", "Asia/Shanghai")).toBe("2018年8月30日");
    // Without a time zone the show reads in UTC.
    expect(formatDate(published, "en")).toBe("August 29, 2018");
  });

  it("a calendar day written without a time never shifts, whatever the show's time zone", async () => {
    const { formatDate, isoDay } = await import("../../../src/lib/page-data/episode-view.ts");
    const day = new Date("2023-02-14");
    expect(formatDate(day, "en", "America/Los_Angeles")).toBe("February 14, 2023");
    expect(isoDay(day, "Pacific/Auckland")).toBe("2023-02-14");
  });
});

describe("transcriptRuns", () => {
  it("marks described sounds and the recogniser's pauses, keeping every character", () => {
    // 大家好 / [笑] / 今天聊 joined with nothing between (Chinese next to Chinese); the recogniser paused before 今天聊.
    const runs = transcriptRuns({ text: "大家好[笑]今天聊", breaks: [6], nonSpeech: [[3, 6]] }, "zh-CN");
    expect(runs).toEqual([
      { text: "大家好" },
      { text: "[笑]", nonSpeech: true },
      { text: "今天聊", breakBefore: true },
    ]);
    expect(runs.map((run) => run.text).join("")).toBe("大家好[笑]今天聊");
  });
});
