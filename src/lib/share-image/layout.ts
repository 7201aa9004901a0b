/**
 * The picture a link preview shows (og:image): 1200×630, the size Facebook,
 * LinkedIn, Slack and X's large card all crop least. Drawn as a satori
 * element tree (satori lays out a subset of CSS flexbox). Pure: the words in,
 * the tree out, so the text fitting is testable without drawing.
 *
 *     ┌──────────────────────────────────────────────┐
 *     │ Show name                          ┌───────┐ │
 *     │                                    │artwork│ │
 *     │ 第 12 期                            │       │ │
 *     │ The episode's title, in up to      └───────┘ │
 *     │ three lines, then an ellipsis…               │
 *     │ podcast.example.com                          │
 *     └──────────────────────────────────────────────┘
 */

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/**
 * Part of every cached image's key: raise it whenever the drawing changes
 * (sizes, colours, positions), so rebuilt sites never keep an old picture.
 */
export const LAYOUT_VERSION = 1;

export interface ShareImageArtwork {
  /** The image file's bytes. */
  data: Uint8Array;
  type: "image/png" | "image/jpeg";
}

/** What one share image says. */
export interface ShareImageContent {
  /** The line at the top: the show's name on an episode's image (none on the show's own). */
  kicker?: string | undefined;
  /** The big text: the episode's title, or the show's name on the show's image. */
  title: string;
  /** Above the title, e.g. "第 12 期" / "Episode 12". */
  label?: string | undefined;
  /** Under the title in smaller type (the show's description on the show's image). */
  description?: string | undefined;
  /** The line at the bottom: the site's address. */
  footer: string;
  /** BCP 47 tag of the text, so satori picks the locale's punctuation forms. */
  lang: string;
  artwork?: ShareImageArtwork | undefined;
}

/** The part of satori's element shape this layout uses (it reads React elements, and plain objects of that shape). */
export interface ShareElement {
  type: "div" | "img";
  props: {
    style: Record<string, string | number>;
    children?: string | ShareElement[];
    src?: string;
    width?: number;
    height?: number;
    lang?: string;
  };
}

const PADDING = 72;
/** The coloured band down the left edge. */
const BAND = 20;
const ARTWORK_SIZE = 300;
const ARTWORK_GAP = 56;
export const TITLE_MAX_LINES = 3;
export const TITLE_LINE_HEIGHT = 1.22;
/** Largest first: a short title is drawn big, a long one smaller before it is cut. */
export const TITLE_SIZES = [80, 72, 64, 56, 50] as const;
const DESCRIPTION_SIZE = 32;
const DESCRIPTION_MAX_LINES = 2;

export const COLORS = { background: "#f5f8fd", band: "#0b5fcc", kicker: "#0b5fcc", label: "#3c4757", title: "#10161f", footer: "#56606e" } as const;

/** Width of the title's column, which leaves room for the artwork when there is one. */
export function titleWidth(hasArtwork: boolean): number {
  return SHARE_IMAGE_WIDTH - BAND - 2 * PADDING - (hasArtwork ? ARTWORK_SIZE + ARTWORK_GAP : 0);
}

/**
 * Approximate advance of one character in em, for choosing a font size
 * before drawing: Han, kana, Hangul and full-width punctuation are one em
 * wide in Noto Sans CJK; Latin letters about half. The estimate only picks
 * the size; satori's own line breaking and `lineClamp` decide the lines, so
 * an estimate that is a little off never makes text overflow.
 */
export function characterWidth(character: string): number {
  const code = character.codePointAt(0)!;
  if (character === " ") return 0.23;
  if (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  ) {
    return 1;
  }
  if (/[A-Z]/.test(character)) return 0.66;
  if (/[mwMW]/.test(character)) return 0.85;
  if (/[iljtf.,:;'!|]/.test(character)) return 0.3;
  return 0.56;
}

/**
 * Lines `text` takes at `fontSize` in a column `width` wide, breaking as a
 * browser does for CJK and Latin together: between any two Han or kana
 * characters, and at spaces between Latin words (a word wider than the line
 * is broken inside, as `wordBreak: break-word` draws it).
 */
export function estimatedLines(text: string, fontSize: number, width: number): number {
  const units = text.match(/[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+|\s+/gu) ?? [];
  let lines = 1;
  let used = 0;
  for (const unit of units) {
    const isSpace = /^\s+$/.test(unit);
    const unitWidth = Array.from(unit).reduce((sum, character) => sum + characterWidth(character), 0) * fontSize;
    if (isSpace) {
      if (used > 0) used += unitWidth;
      continue;
    }
    if (used + unitWidth <= width) {
      used += unitWidth;
      continue;
    }
    if (used > 0) lines += 1;
    if (unitWidth <= width) {
      used = unitWidth;
      continue;
    }
    // A word longer than a whole line fills lines of its own, and its rest starts the next.
    lines += Math.floor(unitWidth / width);
    used = unitWidth % width;
  }
  return lines;
}

/** The largest title size at which the title fits in its lines; the smallest (then cut with an ellipsis) when none does. */
export function titleFontSize(title: string, width: number): number {
  return TITLE_SIZES.find((size) => estimatedLines(title, size, width) <= TITLE_MAX_LINES) ?? TITLE_SIZES[TITLE_SIZES.length - 1]!;
}

/** The text drawn in each weight, so only the font subsets for it are loaded (the ellipsis included: satori adds it when it cuts). */
export function textByWeight(content: ShareImageContent): { regular: string; bold: string } {
  return {
    regular: [content.label, content.description, content.footer, "…"].filter(Boolean).join(""),
    bold: [content.kicker, content.title, "…"].filter(Boolean).join(""),
  };
}

/**
 * The element tree for satori. `fonts` are the family lists (every subset's
 * name) for each weight. Text blocks are clamped (`lineClamp`, ellipsis)
 * and break long words (`wordBreak: break-word`), and the column hides
 * overflow, so no title can spill out of the picture.
 */
export function shareImageLayout(content: ShareImageContent, fonts: { regular: string; bold: string }): ShareElement {
  const hasArtwork = content.artwork !== undefined;
  const width = titleWidth(hasArtwork);
  const titleSize = titleFontSize(content.title, width);
  const text = (style: Record<string, string | number>, children: string): ShareElement => ({
    type: "div",
    props: { lang: content.lang, style: { display: "block", wordBreak: "break-word", overflow: "hidden", ...style }, children },
  });
  const column: ShareElement[] = [
    ...(content.kicker ? [text({ fontFamily: fonts.bold, fontWeight: 700, fontSize: 34, lineHeight: 1.3, color: COLORS.kicker, lineClamp: 1, maxHeight: 34 * 1.3 }, content.kicker)] : []),
    {
      type: "div",
      props: {
        style: { display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1, overflow: "hidden" },
        children: [
          ...(content.label ? [text({ fontFamily: fonts.regular, fontWeight: 400, fontSize: 32, lineHeight: 1.3, color: COLORS.label, marginBottom: 12, lineClamp: 1 }, content.label)] : []),
          text(
            {
              fontFamily: fonts.bold,
              fontWeight: 700,
              fontSize: titleSize,
              lineHeight: TITLE_LINE_HEIGHT,
              color: COLORS.title,
              lineClamp: TITLE_MAX_LINES,
              maxHeight: Math.ceil(titleSize * TITLE_LINE_HEIGHT * TITLE_MAX_LINES),
            },
            content.title,
          ),
          ...(content.description
            ? [
                text(
                  {
                    fontFamily: fonts.regular,
                    fontWeight: 400,
                    fontSize: DESCRIPTION_SIZE,
                    lineHeight: 1.4,
                    color: COLORS.label,
                    marginTop: 20,
                    lineClamp: DESCRIPTION_MAX_LINES,
                    maxHeight: Math.ceil(DESCRIPTION_SIZE * 1.4 * DESCRIPTION_MAX_LINES),
                  },
                  content.description,
                ),
              ]
            : []),
        ],
      },
    },
    text({ fontFamily: fonts.regular, fontWeight: 400, fontSize: 28, lineHeight: 1.3, color: COLORS.footer, lineClamp: 1 }, content.footer),
  ];
  const children: ShareElement[] = [
    { type: "div", props: { style: { display: "flex", flexDirection: "column", width, height: "100%", overflow: "hidden" }, children: column } },
  ];
  if (content.artwork) {
    children.push({
      type: "img",
      props: {
        src: `data:${content.artwork.type};base64,${Buffer.from(content.artwork.data).toString("base64")}`,
        width: ARTWORK_SIZE,
        height: ARTWORK_SIZE,
        style: { width: ARTWORK_SIZE, height: ARTWORK_SIZE, objectFit: "cover", borderRadius: 28, marginLeft: ARTWORK_GAP },
      },
    });
  }
  return {
    type: "div",
    props: {
      style: {
        display: "flex",
        flexDirection: "row",
        alignItems: "center",
        boxSizing: "border-box",
        width: SHARE_IMAGE_WIDTH,
        height: SHARE_IMAGE_HEIGHT,
        padding: PADDING,
        backgroundColor: COLORS.background,
        borderLeft: `${BAND}px solid ${COLORS.band}`,
      },
      children,
    },
  };
}
