import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedShareImage, shareImageFile, shareImageFolder } from "../../../src/lib/share-image/cache.ts";
import { drawAhead, drawAheadInto } from "../../../src/lib/share-image/draw-ahead.ts";
import { drawShareImage } from "../../../src/lib/share-image/draw.ts";
import type { ShareImageArtwork, ShareImageContent } from "../../../src/lib/share-image/layout.ts";

const work = await mkdtemp(join(tmpdir(), "shownotes-draw-ahead-"));
afterAll(() => rm(work, { recursive: true, force: true }));

// A real PNG for the artwork: the show's artwork travels to the worker once, and every picture must still show it.
const artwork: ShareImageArtwork = { type: "image/png", data: (await drawShareImage({ title: "封面", footer: "x", lang: "zh-CN" })).png };
const episodes = (count: number): ShareImageContent[] =>
  Array.from({ length: count }, (_, index) => ({ kicker: "Monica 的播客", title: `第 ${index + 1} 期：护城河与人才`, label: `第 ${index + 1} 期`, footer: "podcast.example.com", lang: "zh-CN", artwork }));

describe("drawing share images ahead", () => {
  it("draws into the cache what the share.png route then reads, byte for byte, skipping what is there", async () => {
    const cacheDir = join(work, "loop");
    const [first, second, third] = episodes(3);
    const folder = shareImageFolder(cacheDir);
    await cachedShareImage(folder, second!);
    const before = readFileSync(shareImageFile(folder, second!));
    const withoutArtwork = ({ artwork: _artwork, ...content }: ShareImageContent) => content;
    await drawAheadInto({ cacheDir, artwork, contents: [first!, second!, third!].map(withoutArtwork) });
    expect(await readdir(folder)).toHaveLength(3);
    expect(Buffer.compare(readFileSync(shareImageFile(folder, second!)), before)).toBe(0);
    // What the route would publish for the first episode is what was drawn ahead, artwork included.
    const route = await cachedShareImage(folder, first!);
    expect(route.fromCache).toBe(true);
    expect(Buffer.compare(route.png, (await drawShareImage(first!)).png)).toBe(0);
  });

  it("draws in a worker thread from the end of the route's list, and stops when asked", async () => {
    const cacheDir = join(work, "thread");
    const contents = episodes(24);
    const folder = shareImageFolder(cacheDir);
    const drawing = drawAhead(cacheDir, contents);
    const last = shareImageFile(folder, contents.at(-1)!);
    for (let waited = 0; !existsSync(last) && waited < 60_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(last)).toBe(true);
    await drawing.stop();
    const drawn = contents.filter((content) => existsSync(shareImageFile(folder, content)));
    // It works backwards, so what it drew is the end of the list.
    expect(drawn).toEqual(contents.slice(contents.length - drawn.length));
    expect(Buffer.compare(readFileSync(last), (await drawShareImage(contents.at(-1)!)).png)).toBe(0);
  });

  it("starts no thread for a small show", async () => {
    const cacheDir = join(work, "small");
    const drawing = drawAhead(cacheDir, episodes(3));
    await drawing.stop();
    expect(existsSync(shareImageFolder(cacheDir))).toBe(false);
  });
});
