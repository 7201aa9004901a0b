import { describe, expect, it } from "vitest";
import { momentFromUrl, momentHref, pageParagraphHref, paragraphAt, paragraphHref, parseMoment } from "../../../src/lib/timing/moments.ts";

const paragraphs = [
  { id: "t0", start: 0 },
  { id: "t45", start: 45.2 },
  { id: "t754", start: 754 },
  { id: "t812", start: 812 },
];

describe("paragraphAt", () => {
  it("finds the paragraph being spoken at a time", () => {
    expect(paragraphAt(760, paragraphs)?.id).toBe("t754");
    expect(paragraphAt(754, paragraphs)?.id).toBe("t754");
    expect(paragraphAt(44.9, paragraphs)?.id).toBe("t0");
    expect(paragraphAt(5000, paragraphs)?.id).toBe("t812");
  });
  it("counts a paragraph's start in whole seconds, as times are written", () => {
    expect(paragraphAt(219, [{ id: "t212", start: 212.5 }, { id: "t219", start: 219.36 }])?.id).toBe("t219");
  });
  it("falls back to the first timed paragraph before the first start, and to nothing when none is timed", () => {
    expect(paragraphAt(1, [{ id: "p1" }, { id: "t3", start: 3 }])?.id).toBe("t3");
    expect(paragraphAt(10, [{ id: "p1" }, { id: "p2" }])).toBeUndefined();
  });
});

describe("momentHref", () => {
  it("links the time and the paragraph holding it", () => {
    expect(momentHref("ep-1", 760.7, paragraphs)).toBe("/episodes/ep-1/?t=760#t754");
  });
  it("carries only the time when the transcript is untimed", () => {
    expect(momentHref("ep-1", 90, [{ id: "p1" }])).toBe("/episodes/ep-1/?t=90");
  });
});

describe("pageParagraphHref", () => {
  it("links a paragraph on the page address it is given, as paragraphHref does on /episodes/<slug>/", () => {
    expect(pageParagraphHref("/podcast/episodes/bloat/", { id: "t986", start: 986.4 })).toBe("/podcast/episodes/bloat/?t=986#t986");
    expect(pageParagraphHref("/podcast/episodes/bloat/", { id: "p3" })).toBe("/podcast/episodes/bloat/#p3");
    expect(paragraphHref("bloat", { id: "p2", start: 41 })).toBe("/episodes/bloat/?t=41#p2");
    expect(paragraphHref("bloat", { id: "p3" })).toBe("/episodes/bloat/#p3");
  });
});

describe("parseMoment", () => {
  it("reads seconds, clock times and spans", () => {
    expect(parseMoment("754")).toEqual({ start: 754 });
    expect(parseMoment("12:34")).toEqual({ start: 754 });
    expect(parseMoment("1:02:03")).toEqual({ start: 3723 });
    expect(parseMoment("754,812")).toEqual({ start: 754, end: 812 });
    expect(parseMoment("12:34,13:32")).toEqual({ start: 754, end: 812 });
    expect(parseMoment("npt:10.5")).toEqual({ start: 10.5 });
    expect(parseMoment(",20")).toEqual({ start: 0, end: 20 });
  });
  it("rejects what is not a time or an empty span", () => {
    expect(parseMoment("soon")).toBeUndefined();
    expect(parseMoment("20,10")).toBeUndefined();
    expect(parseMoment("1,2,3")).toBeUndefined();
  });
});

describe("momentFromUrl", () => {
  it("reads ?t= before #t=", () => {
    expect(momentFromUrl(new URL("https://x.test/e/?t=754#t754"))).toEqual({ start: 754 });
    expect(momentFromUrl(new URL("https://x.test/e/#t=12:34"))).toEqual({ start: 754 });
    expect(momentFromUrl(new URL("https://x.test/e/#t754"))).toBeUndefined();
  });
});
