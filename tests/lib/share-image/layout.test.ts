import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { shareImageSvg } from "../../../src/lib/share-image/draw.ts";
import {
  COLORS,
  estimatedLines,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  TITLE_LINE_HEIGHT,
  TITLE_MAX_LINES,
  TITLE_SIZES,
  titleFontSize,
  titleWidth,
  type ShareImageContent,
} from "../../../src/lib/share-image/layout.ts";

const base: Omit<ShareImageContent, "title"> = { kicker: "Monica 的播客", label: "第 12 期", footer: "podcast.example.com", lang: "zh-CN" };

/** The title's lines as satori placed them: its `<text>` elements at the title's font size, grouped by baseline. */
async function titleLines(content: ShareImageContent): Promise<{ text: string; right: number }[]> {
  const { svg } = await shareImageSvg(content, { outlineText: false });
  const size = titleFontSize(content.title, titleWidth(content.artwork !== undefined));
  const lines = new Map<number, { text: string; right: number }>();
  for (const match of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)) {
    if (Number(match[4]) !== size) continue;
    const y = Number(match[2]);
    const line = lines.get(y) ?? { text: "", right: 0 };
    line.text += decodeXml(match[5]!);
    // A space that ends a line hangs past the edge, as in a browser: it is not ink.
    if (match[5]!.trim()) line.right = Math.max(line.right, Number(match[1]) + Number(match[3]));
    lines.set(y, line);
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

describe("choosing the title's size", () => {
  it("draws a short title at the largest size", () => {
    expect(titleFontSize("Show notes that work", titleWidth(false))).toBe(TITLE_SIZES[0]);
    expect(titleFontSize("护城河", titleWidth(false))).toBe(TITLE_SIZES[0]);
  });

  it("draws a longer title smaller, and the longest at the smallest size", () => {
    const medium = "AI 创业与投资：早期下注、护城河与人才（节选）以及中美 AI 创业的差距与不同的机会，开源和国内团队";
    const size = titleFontSize(medium, titleWidth(false));
    expect(size).toBeLessThan(TITLE_SIZES[0]);
    expect(estimatedLines(medium, size, titleWidth(false))).toBeLessThanOrEqual(TITLE_MAX_LINES);
    expect(titleFontSize("长".repeat(400), titleWidth(false))).toBe(TITLE_SIZES.at(-1));
  });

  it("leaves less room for the title when artwork is drawn beside it", () => {
    expect(titleWidth(true)).toBeLessThan(titleWidth(false));
    const title = "Ten things we wish we knew before starting a podcast";
    expect(titleFontSize(title, titleWidth(true))).toBeLessThanOrEqual(titleFontSize(title, titleWidth(false)));
  });

  it("counts a CJK character as about twice a Latin letter", () => {
    // 13 Han characters at 80px are 1040px: one more line than in a 1036px column.
    expect(estimatedLines("一二三四五六七八九十一二", 80, 1036)).toBe(1);
    expect(estimatedLines("一二三四五六七八九十一二三", 80, 1036)).toBe(2);
    expect(estimatedLines("abcdefghijklmnopqrstuvw", 80, 1036)).toBe(1);
  });
});

describe("the title as drawn", () => {
  it("keeps Latin words whole when a mixed Chinese and English title wraps", async () => {
    const title = "AI 创业与投资：从 Prompt Engineering 到 Reid Hoffman 的 podcast，聊 ChatGPT 和 Stable Diffusion";
    const lines = await titleLines({ ...base, title });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.text).join("").replace(/\s/g, "")).toBe(title.replace(/\s/g, ""));
    const words = title.match(/[A-Za-z]+/g)!;
    for (const word of words) expect(lines.some((line) => line.text.includes(word)), word).toBe(true);
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(SHARE_IMAGE_WIDTH - 72);
  });

  it("cuts a long title after three lines with an ellipsis", async () => {
    const title = "大模型公司的护城河究竟在哪里：训练成本、私有数据、工程人才和商业壁垒，以及中美 AI 创业的差距、开源社区和国内团队的快速落地，还有会提问这项新能力";
    const lines = await titleLines({ ...base, title });
    expect(lines).toHaveLength(TITLE_MAX_LINES);
    expect(lines.at(-1)!.text.trimEnd().endsWith("…")).toBe(true);
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(SHARE_IMAGE_WIDTH - 72);
  });

  it("breaks a word longer than the line instead of letting it run off the picture", async () => {
    const title = `https://example.com/${"verylongpath".repeat(30)}`;
    const lines = await titleLines({ ...base, label: undefined, lang: "en", title });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(TITLE_MAX_LINES);
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(SHARE_IMAGE_WIDTH - 72 + 1);
  });

  it("never draws a long title over the show's name, the site's address or the margins", async () => {
    const short = await pixels({ ...base, title: "短" });
    for (const title of ["长标题".repeat(120), "A very long English title ".repeat(30), `中文 and English 混排 ${"supercalifragilistic".repeat(8)} 的标题`.repeat(6)]) {
      const long = await pixels({ ...base, title });
      // The bands above the title's area (kicker) and below it (footer) are
      // drawn exactly as with a one-character title.
      expect(differingPixels(short, long, { top: 0, bottom: 130 }), title).toBe(0);
      expect(differingPixels(short, long, { top: 520, bottom: SHARE_IMAGE_HEIGHT }), title).toBe(0);
      // Nothing is drawn in the right margin.
      expect(inkInColumns(long, SHARE_IMAGE_WIDTH - 72, SHARE_IMAGE_WIDTH), title).toBe(0);
      // The title's ink fits three lines of the smallest size, plus the label above it.
      const rows = inkRows(long, 130, 520);
      expect(rows.last - rows.first, title).toBeLessThanOrEqual(Math.ceil(TITLE_SIZES.at(-1)! * TITLE_LINE_HEIGHT * TITLE_MAX_LINES) + 32 * 1.3 + 12);
    }
  });
});

interface Raster {
  width: number;
  data: Buffer;
}

async function pixels(content: ShareImageContent): Promise<Raster> {
  const { svg } = await shareImageSvg(content);
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: image.width, data: image.pixels };
}

function differingPixels(a: Raster, b: Raster, rows: { top: number; bottom: number }): number {
  let count = 0;
  for (let y = rows.top; y < rows.bottom; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) count++;
    }
  }
  return count;
}

const background = hex(COLORS.background);

function isInk(raster: Raster, x: number, y: number): boolean {
  const i = (y * raster.width + x) * 4;
  return Math.abs(raster.data[i]! - background[0]) + Math.abs(raster.data[i + 1]! - background[1]) + Math.abs(raster.data[i + 2]! - background[2]) > 30;
}

function inkInColumns(raster: Raster, from: number, to: number): number {
  let count = 0;
  for (let y = 0; y < SHARE_IMAGE_HEIGHT; y++) for (let x = from; x < to; x++) if (isInk(raster, x, y)) count++;
  return count;
}

function inkRows(raster: Raster, top: number, bottom: number): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = 92; x < SHARE_IMAGE_WIDTH - 72; x++) {
      if (isInk(raster, x, y)) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return { first, last };
}

function hex(color: string): [number, number, number] {
  return [Number.parseInt(color.slice(1, 3), 16), Number.parseInt(color.slice(3, 5), 16), Number.parseInt(color.slice(5, 7), 16)];
}
