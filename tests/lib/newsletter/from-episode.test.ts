import { describe, expect, it } from "vitest";
import { toEpisodePage, type EpisodeEntry } from "../../../src/lib/page-data/episode-view.ts";
import { episodeJsonText, takeawaysMarkdown, toNewsletterInput } from "../../../src/lib/newsletter/index.ts";
import { en } from "../../../src/i18n/en.ts";
import { storeTranscript } from "../../support/stored-transcript.ts";
import type { Person } from "../../../src/schemas/person.ts";
import type { Show } from "../../../src/schemas/show.ts";

// The newsletter reads the episode's page data, so it must say what the page
// says wherever the site is hosted: here under a base path, where a site path
// written in content (`/art/cover.png`) is a link `/podcast/art/cover.png` on the page.
const show: Show = {
  title: "Test Show",
  description: "A show.",
  language: "en",
  url: "https://example.com/podcast/",
  author: "Us",
  categories: [],
  explicit: false,
  links: [],
  hosts: ["ana"],
  artwork: "/art/cover.png",
};
const people = new Map<string, Person>([
  ["ana", { name: "Ana", aliases: [], url: "https://ana.example.org/", image: "/people/ana.jpg" }],
  ["bo", { name: "Bo", aliases: [] }],
]);
const transcript = await storeTranscript(
  {
    format: "vtt",
    speakers: [],
    timed: true,
    segments: [
      { start: 0, end: 60, speaker: "Ana", text: "Hello." },
      { start: 60, end: 130, speaker: "Bo", text: "Later on." },
    ],
    warnings: [],
  },
  "t.vtt",
);

function entry(data: Partial<EpisodeEntry["data"]> = {}): EpisodeEntry {
  return {
    id: "two",
    data: {
      title: "Two",
      guests: ["bo", "Plain Name"],
      tags: [],
      draft: false,
      date: new Date("2024-03-04"),
      chapters: [{ title: "Intro", start: 0 }, { title: "Later", start: 64, approximate: true }, { title: "Untimed" }],
      takeaways: [{ html: "<strong>Point.</strong> More", text: "Point. More", moment: 65 }, { html: "No moment", text: "No moment" }],
      transcript,
      ...data,
    },
  };
}

describe("toNewsletterInput", () => {
  const page = toEpisodePage(entry(), { show, people, newestFirst: [], strings: en });
  const input = toNewsletterInput(page, show);

  it("gives the episode's address and the show's cover art as site paths, without the base the page's links carry", () => {
    expect(page.href).toBe("/podcast/episodes/two/");
    expect(input.url).toBe("/episodes/two/");
    expect(input.image).toBe("/art/cover.png");
    expect(JSON.parse(episodeJsonText(input))).toMatchObject({ url: "https://example.com/podcast/episodes/two/", image: "https://example.com/podcast/art/cover.png" });
  });

  it("links the artwork the lock screen shows under the base path too", () => {
    const withAudio = toEpisodePage(entry({ audio: { url: "https://media.example.com/two.mp3" } }), { show, people, newestFirst: [], strings: en });
    expect(withAudio.player?.session.artwork).toBe("/podcast/art/cover.png");
    expect(withAudio.artwork).toBe("/podcast/art/cover.png");
  });

  it("prefers the episode's own image to the show's", () => {
    const own = toNewsletterInput(toEpisodePage(entry({ image: "/art/two.png" }), { show, people, newestFirst: [], strings: en }), show);
    expect(own.image).toBe("/art/two.png");
  });

  it("links takeaways and timed chapters to the transcript paragraph the page links, absolutely", () => {
    expect(page.chapters[1]?.href).toBe("/podcast/episodes/two/?t=64#t60");
    expect(input.chapters).toEqual([
      { start: 0, title: "Intro", momentHref: "https://example.com/podcast/episodes/two/?t=0#t0" },
      { start: 64, title: "Later", approximate: true, momentHref: "https://example.com/podcast/episodes/two/?t=64#t60" },
      { title: "Untimed" },
    ]);
    expect(input.takeaways.map((takeaway) => takeaway.momentHref)).toEqual(["https://example.com/podcast/episodes/two/?t=65#t60", undefined]);
    expect(takeawaysMarkdown(input)).toContain("https://example.com/podcast/episodes/two/?t=65#t60");
  });

  it("names hosts and guests as the page does, with their own site and portrait from people.yaml", () => {
    expect(input.people).toEqual([
      { id: "ana", name: "Ana", role: "host", url: "https://ana.example.org/", image: "/people/ana.jpg" },
      { id: "bo", name: "Bo", role: "guest" },
      { name: "Plain Name", role: "guest" },
    ]);
  });

  it("keeps the date as written and the page's language", () => {
    expect(input.date).toEqual(new Date("2024-03-04"));
    expect(input.lang).toBe("en");
  });
});
