import { Resvg, type RenderedImage } from "@resvg/resvg-js";
import sharp from "sharp";
import satori from "satori";
import { fontsFor, uncoveredCharacters, type LoadedFont } from "./fonts.ts";
import { withoutRedundantMasks } from "./svg-masks.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImageLayout, textByWeight, type ShareImageContent } from "./layout.ts";

/**
 * Draws a share image: the layout (layout.ts) laid out and turned into SVG
 * by satori, then rasterised to PNG by resvg. Both are made for exactly
 * this (Vercel's og-image tooling is built on them), run in Node without a
 * browser, and draw only with the fonts they are given, never the
 * machine's, so the picture is the same wherever the site is built.
 */

export interface DrawnShareImage {
  png: Buffer;
  /** Characters the shipped font has no glyph for, left out of the picture (emoji, mostly). */
  leftOut: string[];
}

/** Thrown when satori still finds a character without a glyph after the ones the font lacks were left out. */
export class MissingGlyphsError extends Error {
  readonly segments: string[];
  constructor(segments: string[]) {
    super(`The share image font has no glyphs for ${segments.map((segment) => JSON.stringify(segment)).join(", ")}`);
    this.name = "MissingGlyphsError";
    this.segments = segments;
  }
}

const REGULAR = "ShareRegular";
const BOLD = "ShareBold";

export async function drawShareImage(content: ShareImageContent): Promise<DrawnShareImage> {
  const { svg, leftOut } = await shareImageSvg(content);
  const image = new Resvg(withoutRedundantMasks(svg), { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
  return { png: await encodePng(image), leftOut };
}

/**
 * resvg's pixels as PNG, encoded by libvips (sharp, which Astro uses for
 * its own images) rather than resvg's own encoder: the same pixels and
 * about the same bytes in less time (seed episode: 8.9 against 10.4 ms,
 * tests/bench/share-image-speed.ts).
 */
export function encodePng(image: Pick<RenderedImage, "pixels" | "width" | "height">): Promise<Buffer> {
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png().toBuffer();
}

/**
 * The SVG satori makes, with text as outlines. Characters the font cannot
 * draw are removed first (and reported), so a title with an emoji still
 * gets a clean picture; any glyph satori then still misses is an error
 * rather than an empty box in every preview of the episode.
 */
export async function shareImageSvg(
  content: ShareImageContent,
  options: {
    /** Where the fonts come from; the shipped font by default. */
    fonts?: (text: string, weight: 400 | 700, family: string) => Promise<LoadedFont[]>;
    /** False writes text as SVG `<text>` (one per word or character, where satori placed it) instead of outlines: for reading the lines back. */
    outlineText?: boolean;
  } = {},
): Promise<{ svg: string; leftOut: string[] }> {
  const loadFonts = options.fonts ?? fontsFor;
  const visible = mapText(content, (text) => text.replace(INVISIBLE, ""));
  const leftOut = await charactersLeftOut(content);
  const drawable = leftOut.length === 0 ? visible : withoutCharacters(visible, new Set(leftOut));
  const text = textByWeight(drawable);
  const [regular, bold] = await Promise.all([loadFonts(text.regular, 400, REGULAR), loadFonts(text.bold, 700, BOLD)]);
  const family = (fonts: LoadedFont[]) => fonts.map((font) => `"${font.name}"`).join(", ");
  const missing: string[] = [];
  const element = shareImageLayout(drawable, { regular: family(regular), bold: family(bold) });
  const svg = await satori(element as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: [...regular, ...bold],
    embedFont: options.outlineText ?? true,
    // Satori asks for another font when a segment has characters none of
    // the given fonts draws: no font is fetched at build time, so that is a
    // character our subset selection missed.
    loadAdditionalAsset: async (_language, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0) throw new MissingGlyphsError(missing);
  return { svg, leftOut };
}

/** The characters of `content` the shipped font cannot draw, which the picture leaves out. */
export async function charactersLeftOut(content: ShareImageContent): Promise<string[]> {
  const weights = textByWeight(mapText(content, (text) => text.replace(INVISIBLE, "")));
  return [...new Set([...(await uncoveredCharacters(weights.regular, 400)), ...(await uncoveredCharacters(weights.bold, 700))])];
}

/**
 * Characters that change how the one before them looks but draw nothing
 * themselves: emoji and variation selectors (U+FE0F after ❤ asks for its emoji form), the zero-width
 * joiner and spaces, word joiner and byte-order mark. The font lists some
 * of them in its ranges without a glyph, and satori would ask for a font
 * for them; the picture loses nothing without them.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff\u{e0100}-\u{e01ef}]/gu;

function withoutCharacters(content: ShareImageContent, characters: ReadonlySet<string>): ShareImageContent {
  return mapText(content, (text) => Array.from(text).filter((character) => !characters.has(character)).join("").replace(/\s{2,}/g, " ").trim());
}

function mapText(content: ShareImageContent, clean: (text: string) => string): ShareImageContent {
  return {
    ...content,
    ...(content.kicker ? { kicker: clean(content.kicker) } : {}),
    title: clean(content.title),
    footer: clean(content.footer),
    ...(content.label ? { label: clean(content.label) } : {}),
    ...(content.description ? { description: clean(content.description) } : {}),
  };
}
