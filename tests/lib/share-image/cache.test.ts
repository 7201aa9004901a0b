import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cachedShareImage, shareImageKey } from "../../../src/lib/share-image/cache.ts";
import { drawShareImage } from "../../../src/lib/share-image/draw.ts";
import type { ShareImageContent } from "../../../src/lib/share-image/layout.ts";
import { pngSize } from "../../../src/lib/share-image/png-size.ts";
import { shareImagePng } from "../../../src/lib/share-image/index.ts";

const content: ShareImageContent = { kicker: "Monica 的播客", title: "AI 创业与投资：早期下注、护城河与人才", label: "第 12 期", footer: "podcast.example.com", lang: "zh-CN" };

/** The real drawing, counted. */
function countingDraw() {
  const drawn: string[] = [];
  return {
    drawn,
    draw: async (input: ShareImageContent) => {
      drawn.push(input.title);
      return drawShareImage(input);
    },
  };
}

describe("the share image cache", () => {
  it("draws an image once: the second build with the same words reads it from the cache", async () => {
    const folder = await mkdtemp(join(tmpdir(), "share-cache-"));
    const { drawn, draw } = countingDraw();
    const first = await cachedShareImage(folder, content, draw);
    const second = await cachedShareImage(folder, { ...content }, draw);
    expect(drawn).toEqual([content.title]);
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(Buffer.compare(first.png, second.png)).toBe(0);
    expect(await readdir(folder)).toEqual([`${shareImageKey(content)}.png`]);
  });

  it("draws again when the title, the number or the artwork changes", async () => {
    const folder = await mkdtemp(join(tmpdir(), "share-cache-"));
    const { drawn, draw } = countingDraw();
    await cachedShareImage(folder, content, draw);
    const retitled = await cachedShareImage(folder, { ...content, title: "开源，以及国内团队的快速落地" }, draw);
    expect(retitled.fromCache).toBe(false);
    await cachedShareImage(folder, { ...content, label: "第 13 期" }, draw);
    expect(drawn).toEqual([content.title, "开源，以及国内团队的快速落地", content.title]);
    const one = shareImageKey({ ...content, artwork: { type: "image/png", data: Buffer.from([1, 2, 3]) } });
    const other = shareImageKey({ ...content, artwork: { type: "image/png", data: Buffer.from([1, 2, 4]) } });
    expect(one).not.toBe(other);
    expect(one).not.toBe(shareImageKey(content));
  });

  it("draws again over a cached file that is cut short or is not a 1200×630 PNG, and leaves no temporary file behind", async () => {
    const folder = await mkdtemp(join(tmpdir(), "share-cache-"));
    const file = join(folder, `${shareImageKey(content)}.png`);
    const whole = (await drawShareImage(content)).png;
    await writeFile(file, whole.subarray(0, whole.length / 2));
    const { drawn, draw } = countingDraw();
    const result = await cachedShareImage(folder, content, draw);
    expect(drawn).toHaveLength(1);
    expect(result.fromCache).toBe(false);
    expect(pngSize(await readFile(file))).toEqual({ width: 1200, height: 630 });
    expect(await readdir(folder)).toEqual([`${shareImageKey(content)}.png`]);
  });

  it("never takes a temporary file a killed build left behind for an image", async () => {
    const folder = await mkdtemp(join(tmpdir(), "share-cache-"));
    const key = shareImageKey(content);
    // What a build killed between writing and renaming leaves: only the temporary name.
    await writeFile(join(folder, `${key}.png.1234-abc.tmp`), (await drawShareImage(content)).png);
    const { drawn, draw } = countingDraw();
    expect((await cachedShareImage(folder, content, draw)).fromCache).toBe(false);
    expect(drawn).toHaveLength(1);
  });
});

describe("publishing a share image", () => {
  it("tells the podcaster which characters the picture leaves out, naming the episode", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "share-cache-"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const png = await shareImagePng({ ...content, title: "播客新手的十个问题 🚀" }, { cacheDir, name: 'episode "rookie"' });
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/episode "rookie" leaves out 🚀/);
    } finally {
      warn.mockRestore();
    }
  });
});
