import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The typeface drawn into share images: Noto Sans SC from the
 * `@fontsource/noto-sans-sc` package, shipped with shownotes so an image
 * looks the same on every machine that builds the site (a build server has
 * no CJK system fonts). One Pan-CJK family covers Chinese, Japanese kana
 * and kanji, and Latin, so a mixed title needs no second font.
 *
 * Fontsource splits the font into ~100 subsets by Unicode range, as Google
 * Fonts serves it; its CSS files say which range each subset file holds.
 * An image loads only the subsets its own text needs (typically 5–15 small
 * files instead of the whole 10 MB font), which keeps each drawing fast.
 */
const PACKAGE = "@fontsource/noto-sans-sc";

export type FontWeight = 400 | 700;

export interface FontSubset {
  /** File name under the package's `files/` folder. */
  file: string;
  /** Inclusive code point ranges the file has glyphs for. */
  ranges: (readonly [number, number])[];
}

/** A font as satori takes it: one subset file under its own family name. */
export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: "normal";
}

const require = createRequire(import.meta.url);
const packageFolder = dirname(require.resolve(`${PACKAGE}/package.json`));

/** The font package's version: part of every share image's cache key, so a font update redraws. */
export const FONT_VERSION: string = `${PACKAGE}@${(require(`${PACKAGE}/package.json`) as { version: string }).version}`;

/**
 * The subsets of one weight, read from the package's `<weight>.css`
 * (`src: url(./files/….woff2)` and `unicode-range: U+4e00-4e2d,U+ff0c`).
 * Pure: the CSS text in, the subsets out.
 */
export function parseFontsourceCss(css: string): FontSubset[] {
  const subsets: FontSubset[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    subsets.push({ file, ranges: range.split(",").map(parseRange) });
  }
  return subsets;
}

function parseRange(text: string): readonly [number, number] {
  const [first, last] = text.trim().replace(/^U\+/i, "").split("-");
  const start = Number.parseInt(first!, 16);
  return [start, last ? Number.parseInt(last, 16) : start];
}

/** The subsets that hold at least one character of `text`, in the CSS's order. */
export function subsetsFor(subsets: readonly FontSubset[], text: string): FontSubset[] {
  const codePoints = [...new Set(Array.from(text, (character) => character.codePointAt(0)!))];
  return subsets.filter((subset) => codePoints.some((code) => subset.ranges.some(([start, end]) => code >= start && code <= end)));
}

const cssByWeight = new Map<FontWeight, Promise<FontSubset[]>>();
const fileData = new Map<string, Promise<Buffer>>();

function subsetsOfWeight(weight: FontWeight): Promise<FontSubset[]> {
  let subsets = cssByWeight.get(weight);
  if (!subsets) {
    subsets = readFile(join(packageFolder, `${weight}.css`), "utf8").then(parseFontsourceCss);
    cssByWeight.set(weight, subsets);
  }
  return subsets;
}

function subsetData(file: string): Promise<Buffer> {
  let data = fileData.get(file);
  if (!data) {
    data = readFile(join(packageFolder, "files", file));
    fileData.set(file, data);
  }
  return data;
}

/**
 * The fonts satori needs to draw `text` in one weight: each subset under
 * its own family name (`<family>-<n>`), because satori picks a single font
 * per family and weight and would draw every other subset's characters as
 * empty boxes. The caller lists all the names in `fontFamily`, so satori
 * falls through them character by character.
 */
export async function fontsFor(text: string, weight: FontWeight, family: string): Promise<LoadedFont[]> {
  const subsets = subsetsFor(await subsetsOfWeight(weight), text);
  return Promise.all(
    subsets.map(async (subset, index) => ({ name: `${family}-${index}`, data: await subsetData(subset.file), weight, style: "normal" as const })),
  );
}

/**
 * The characters of `text` no subset of the font has (emoji, rare symbols),
 * once each. They are left out of the drawing: satori would draw each as an
 * empty box.
 */
export async function uncoveredCharacters(text: string, weight: FontWeight): Promise<string[]> {
  const subsets = await subsetsOfWeight(weight);
  const covered = coverageOfWeight(weight);
  const missing = new Set<string>();
  for (const character of text) {
    if (/\s/u.test(character)) continue;
    const code = character.codePointAt(0)!;
    let known = covered.get(code);
    if (known === undefined) {
      known = subsets.some((subset) => subset.ranges.some(([start, end]) => code >= start && code <= end));
      covered.set(code, known);
    }
    if (!known) missing.add(character);
  }
  return [...missing];
}

// Whether the font draws a code point, as found: the ~100 subsets hold
// thousands of ranges, and every share image asks about its every character
// (1.3 s of a 1,000-episode build when searched each time).
const coverage = new Map<FontWeight, Map<number, boolean>>();

function coverageOfWeight(weight: FontWeight): Map<number, boolean> {
  let covered = coverage.get(weight);
  if (!covered) {
    covered = new Map();
    coverage.set(weight, covered);
  }
  return covered;
}
