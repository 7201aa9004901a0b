import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { removeTrackingImages } from "../../../src/lib/import/html-to-markdown.ts";
import { chaptersFromNotes } from "../../../src/lib/import/notes-chapters.ts";
import { dateWithOffset } from "../../../src/lib/import/parse-feed.ts";
import { showTimeZone } from "../../../src/lib/import/show-time-zone.ts";

const en = { heading: "Chapters", opening: "Intro" };

describe("chaptersFromNotes", () => {
  it("reads bracketed, bare and listed times with their separators, and drops the line that introduced them", () => {
    const notes = "Our notes.\n\nTimestamps:\\\n\\[00:00] Hello\\\n- 00:12:30 – Part one\\\n\\* 00:20:00 | Part two\n\nThanks for listening.";
    expect(chaptersFromNotes(notes, en)).toEqual({
      markdown: "Our notes.\n\nThanks for listening.",
      chapters: "## Chapters\n\n- 00:00 Hello\n- 12:30 Part one\n- 20:00 Part two",
      count: 3,
    });
  });

  it("leaves notes alone when the times are too few, start late, or go backwards", () => {
    expect(chaptersFromNotes("00:00 A\\\n05:00 B", en)).toBeUndefined();
    expect(chaptersFromNotes("05:00 A\\\n10:00 B\\\n15:00 C", en)).toBeUndefined();
    expect(chaptersFromNotes("00:00 A\\\n10:00 B\\\n05:00 C", en)).toBeUndefined();
  });

  it("adds an opening chapter at 00:00 unless the first one already is the opening", () => {
    expect(chaptersFromNotes("(00:00:40) The question\\\n(00:05:10) B\\\n(00:09:00) C", en)?.chapters).toBe("## Chapters\n\n- 00:00 Intro\n- 00:40 The question\n- 05:10 B\n- 09:00 C");
    expect(chaptersFromNotes("(00:00:40) Welcome\\\n(00:05:10) B\\\n(00:09:00) C", en)?.chapters).toBe("## Chapters\n\n- 00:00 Welcome\n- 05:10 B\n- 09:00 C");
  });
});

describe("removeTrackingImages", () => {
  it("takes out FeedBurner flare links with their images, 1×1 pixels and empty images, and keeps real pictures", () => {
    const tree = fromHtml(
      '<p>Notes</p><a href="http://feeds.feedburner.com/~ff/Show?a=x"><img src="http://feeds.feedburner.com/~ff/Show?d=y" border="0"></a>' +
        '<img src="https://ads.example/p.gif" width="1" height="1"><img src=""><img src="https://cdn.example/photo.jpg" width="600" height="400" alt="Studio">',
      { fragment: true },
    );
    const removed = removeTrackingImages(tree);
    expect(toHtml(tree)).toBe('<p>Notes</p><img src="https://cdn.example/photo.jpg" width="600" height="400" alt="Studio">');
    expect([...removed]).toEqual([["FeedBurner tracking images", 1], ["1×1 tracking pixels", 1], ["empty images", 1]]);
  });
});

describe("dateWithOffset", () => {
  it("keeps the wall time and offset an RFC 822 date was written with", () => {
    expect(dateWithOffset("Thu, 30 Aug 2018 00:00:00 +0800")).toBe("2018-08-30T00:00:00+08:00");
    expect(dateWithOffset("Mon, 3 Jul 2023 10:00 EDT")).toBe("2023-07-03T10:00:00-04:00");
    expect(dateWithOffset("Fri, 09 Oct 2020 04:30:38 GMT")).toBe("2020-10-09T04:30:38Z");
    expect(dateWithOffset("09 Oct 20 04:30:38 +0000")).toBe("2020-10-09T04:30:38Z");
    expect(dateWithOffset("not a date")).toBeUndefined();
  });
});

describe("showTimeZone", () => {
  it("names the zone whose offsets, summer time included, explain the feed's dates", () => {
    expect(showTimeZone(["2018-08-30T00:00:00+08:00", "2018-08-16T00:00:00+08:00"])).toBe("Asia/Shanghai");
    expect(showTimeZone(["2024-07-02T06:00:00-04:00", "2024-01-16T06:00:00-05:00"])).toBe("America/New_York");
    expect(showTimeZone(["2024-07-02T06:00:00+01:00", "2024-01-16T06:00:00Z"])).toBe("Europe/London");
    expect(showTimeZone(["2024-01-16T06:00:00Z"])).toBe("UTC");
    expect(showTimeZone([])).toBeUndefined();
  });
});
