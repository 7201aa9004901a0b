import { readFileSync } from "node:fs";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { localArtwork } from "../../../src/lib/share-image/artwork.ts";
import { drawShareImage, MissingGlyphsError, shareImageSvg } from "../../../src/lib/share-image/draw.ts";
import { fontsFor, parseFontsourceCss, subsetsFor } from "../../../src/lib/share-image/fonts.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareImageContent } from "../../../src/lib/share-image/layout.ts";
import { pngSize } from "../../../src/lib/share-image/png-size.ts";

/** The seed episode's own Chinese title, read from the sample show. */
const seedTitle = (parseYaml(readFileSync(new URL("../../../content/episodes/ai-startups-moats-and-talent/index.md", import.meta.url), "utf8").split("---")[1]!) as { title: string }).title;

const episode = (title: string, extra: Partial<ShareImageContent> = {}): ShareImageContent => ({
  kicker: "Monica 的播客",
  title,
  label: "第 12 期",
  footer: "podcast.example.com",
  lang: "zh-CN",
  ...extra,
});

function raster(svg: string): { width: number; data: Buffer } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: image.width, data: image.pixels };
}

function differingPixels(a: { data: Buffer }, b: { data: Buffer }): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) count++;
  return count;
}

describe("the font shipped for share images", () => {
  it("reads which characters each subset file holds from the font package's CSS", () => {
    const css = `/* a */\n@font-face {\n  font-family: 'Noto Sans SC';\n  src: url(./files/x-1-700-normal.woff2) format('woff2'), url(./files/x-1-700-normal.woff) format('woff');\n  unicode-range: U+20-7e,U+4e2d;\n}\n@font-face {\n  src: url(./files/x-2-700-normal.woff2) format('woff2');\n  unicode-range: U+6587-6588;\n}\n`;
    const subsets = parseFontsourceCss(css);
    expect(subsets).toEqual([
      { file: "x-1-700-normal.woff2", ranges: [[0x20, 0x7e], [0x4e2d, 0x4e2d]] },
      { file: "x-2-700-normal.woff2", ranges: [[0x6587, 0x6588]] },
    ]);
    expect(subsetsFor(subsets, "中").map((subset) => subset.file)).toEqual(["x-1-700-normal.woff2"]);
    expect(subsetsFor(subsets, "文").map((subset) => subset.file)).toEqual(["x-2-700-normal.woff2"]);
    expect(subsetsFor(subsets, "😀")).toEqual([]);
  });

  it("loads only the subsets a title needs, not the whole font", async () => {
    const fonts = await fontsFor(seedTitle, 700, "T");
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.length).toBeLessThan(30);
    const bytes = fonts.reduce((sum, font) => sum + font.data.length, 0);
    expect(bytes).toBeLessThan(2_000_000);
  });

  it("draws every character of the seed episode's Chinese title, and of Japanese and mixed titles", async () => {
    for (const title of [seedTitle, "ポッドキャストの始め方：マイクと編集ソフト", "用 ChatGPT 写 show notes，Prompt Engineering 入门"]) {
      // shareImageSvg throws MissingGlyphsError if satori asks for a font for any segment.
      const { leftOut } = await shareImageSvg(episode(title));
      expect(leftOut, title).toEqual([]);
    }
  });

  it("draws real glyphs, not empty boxes: two different titles of the same length look different", async () => {
    // Missing glyphs are drawn as one identical box each, so two titles of
    // the same length would rasterise to the same pixels.
    const a = raster((await shareImageSvg(episode("护城河在哪里"))).svg);
    const b = raster((await shareImageSvg(episode("大模型的人才"))).svg);
    expect(differingPixels(a, b)).toBeGreaterThan(2000);
  });

  it("fails, naming the characters, when the fonts given lack glyphs for the text", async () => {
    // Only the subsets for Latin letters: the Chinese title has no font.
    const latinOnly = (_text: string, weight: 400 | 700, family: string) => fontsFor("abcdefghijklmnopqrstuvwxyz", weight, family);
    const error = await shareImageSvg(episode("护城河"), { fonts: latinOnly }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingGlyphsError);
    expect((error as MissingGlyphsError).segments.join("")).toContain("护城河");
  });

  it("leaves out characters the font has no glyph for (emoji) and says which", async () => {
    const { leftOut } = await shareImageSvg(episode("🎙️ 播客新手的十个问题 🚀"));
    expect(leftOut).toContain("🎙");
    expect(leftOut).toContain("🚀");
    expect(leftOut).not.toContain("播");
  });
});

describe("a drawn share image", () => {
  it("is a PNG of exactly 1200×630", async () => {
    const { png } = await drawShareImage(episode(seedTitle));
    expect(pngSize(png)).toEqual({ width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
    expect(SHARE_IMAGE_WIDTH / SHARE_IMAGE_HEIGHT).toBeCloseTo(1.905, 2);
  });

  it("draws the show's local artwork beside the title", async () => {
    const publicDir = await mkdtemp(join(tmpdir(), "share-artwork-"));
    await mkdir(join(publicDir, "art"));
    // A pure red square, so the drawn artwork is easy to find.
    const red = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#ff0000"/></svg>').render().asPng();
    await writeFile(join(publicDir, "art", "cover art.png"), red);
    const artwork = await localArtwork(publicDir, "/art/cover%20art.png");
    expect(artwork?.type).toBe("image/png");
    const withArt = raster((await shareImageSvg(episode("护城河", { artwork }))).svg);
    const at = (x: number, y: number) => [...withArt.data.subarray((y * withArt.width + x) * 4, (y * withArt.width + x) * 4 + 3)];
    // The artwork's square sits at the right, vertically centred (300px, 72px from the edge).
    expect(at(SHARE_IMAGE_WIDTH - 72 - 150, SHARE_IMAGE_HEIGHT / 2)).toEqual([255, 0, 0]);
    expect(at(SHARE_IMAGE_WIDTH - 72 - 150, 40)).not.toEqual([255, 0, 0]);
  });

  it("leaves out artwork that is a web address, missing, outside public/ or not a PNG or JPEG", async () => {
    const publicDir = await mkdtemp(join(tmpdir(), "share-artwork-"));
    await writeFile(join(publicDir, "cover.webp"), Buffer.from("RIFF\0\0\0\0WEBPVP8 "));
    expect(await localArtwork(publicDir, "https://cdn.example.com/cover.png")).toBeUndefined();
    expect(await localArtwork(publicDir, "/missing.png")).toBeUndefined();
    expect(await localArtwork(publicDir, "/../package.json")).toBeUndefined();
    expect(await localArtwork(publicDir, "/cover.webp")).toBeUndefined();
    expect(await localArtwork(publicDir, undefined)).toBeUndefined();
  });
});
