import { TranscriptError } from "./errors.ts";
import type { TranscriptWarning } from "./model.ts";

/** The text of a source file and what was done to read it. */
export interface DecodedSource {
  text: string;
  /** The WHATWG encoding label the bytes were read with ("utf-8" for strings). */
  encoding: string;
  /** The encoding when it was not plain UTF-8, and control characters removed. */
  warnings: TranscriptWarning[];
}

const NAMES: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  gb18030: "GB18030/GBK (simplified Chinese)",
  big5: "Big5 (traditional Chinese)",
  "windows-1252": "Windows-1252 (Western European, also called Latin-1)",
};

/**
 * Source bytes to text. WebVTT requires UTF-8 and most tools write it, but
 * the files podcasters actually have also come from Windows subtitle
 * editors (UTF-16 with a byte-order mark), Chinese subtitle sites (GBK or
 * Big5) and older Western tools (Windows-1252). The decoding itself is
 * the platform's TextDecoder (Node's full ICU has every one of these); the
 * detection rule, in order:
 *
 * 1. A byte-order mark decides: EF BB BF is UTF-8, FF FE UTF-16 LE, FE FF
 *    UTF-16 BE. Without a mark, a file where a third of the even (or odd)
 *    bytes of its start are zero is UTF-16 LE (or BE): ASCII characters in
 *    UTF-16 are a zero byte and a letter, and no 8-bit text has zeros.
 * 2. Bytes that are valid UTF-8 are UTF-8. Valid UTF-8 almost never happens
 *    by accident in another encoding, so it always wins.
 * 3. Bytes that are mostly valid multi-byte UTF-8 but also hold invalid
 *    bytes are a file mixed from two encodings (text pasted from another
 *    file): no single reading is right, so it is refused, pointing at the
 *    first bad byte.
 * 4. Otherwise each candidate is scored on what it decodes to:
 *    - GB18030 and Big5 (both two-byte): the share of decoded Chinese
 *      characters that are among the most frequent ones of written
 *      Chinese (in either script). Real Chinese text scores around 0.3;
 *      the same bytes read in the other encoding give rare characters and
 *      score a few hundredths. A reading with replacement characters is out.
 *    - Windows-1252 (one byte per character): the share of non-ASCII bytes
 *      that sit next to an ASCII letter ("café", "naïve"). In Western text
 *      nearly all do; in Chinese text read byte by byte almost none.
 *    The highest score wins when it is clear (at least 0.15 and twice the
 *    runner-up). When nothing is clear the file is refused with the line
 *    and column of the first byte that is not UTF-8, as before.
 *
 * Anything read other than as plain UTF-8 gives a warning naming the
 * encoding, so the podcaster can check the page and re-save the file.
 * Control characters (NUL, form feeds, escape codes) are removed with a
 * warning: they are not text, and NUL in a page breaks it.
 */
export function decodeSource(source: string | Uint8Array, fileName: string): DecodedSource {
  const warnings: TranscriptWarning[] = [];
  let text: string;
  let encoding = "utf-8";
  if (typeof source === "string") {
    text = source;
  } else {
    encoding = detectEncoding(source, fileName);
    text = new TextDecoder(encoding, { ignoreBOM: false }).decode(source);
    if (encoding !== "utf-8" || hasUtf8Bom(source)) {
      const bom = encoding.startsWith("utf-") && startsWithBom(source);
      warnings.push({
        line: 1,
        message:
          encoding === "utf-8"
            ? "This file starts with a byte-order mark (UTF-8 with BOM). Read it as UTF-8; the mark was left out."
            : `This file is not UTF-8: it was read as ${NAMES[encoding]}${bom ? " (it starts with that encoding's byte-order mark)" : ""}. Check the words on the page, and save the file as UTF-8 to be sure.`,
      });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = removeControlCharacters(text, warnings);
  if (text.trim() === "") throw new TranscriptError(fileName, 1, "This file is empty: there is no transcript in it.");
  return { text, encoding, warnings };
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function removeControlCharacters(text: string, warnings: TranscriptWarning[]): string {
  const first = text.search(CONTROL);
  if (first === -1) return text;
  const before = text.slice(0, first).split("\n");
  const count = text.match(CONTROL)!.length;
  const code = text.charCodeAt(first);
  const what = code === 0 ? "NUL" : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  warnings.push({
    line: before.length,
    column: before.at(-1)!.length + 1,
    message: `${count === 1 ? "A control character" : `${count} control characters`} (the first is ${what}, here) ${count === 1 ? "was" : "were"} removed: ${count === 1 ? "it is" : "they are"} not text and would break the page.`,
  });
  return text.replace(CONTROL, "");
}

function startsWithBom(bytes: Uint8Array): boolean {
  return hasUtf8Bom(bytes) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The WHATWG label to decode these bytes with (rule above), or a TranscriptError. */
export function detectEncoding(bytes: Uint8Array, fileName: string): string {
  if (hasUtf8Bom(bytes)) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const zeros = zeroBytes(bytes.subarray(0, 2000));
  if (zeros.odd * 3 >= zeros.pairs && zeros.pairs >= 2 && zeros.even === 0) return "utf-16le";
  if (zeros.even * 3 >= zeros.pairs && zeros.pairs >= 2 && zeros.odd === 0) return "utf-16be";
  if (isUtf8(bytes)) return "utf-8";
  const refuse = (why: string) => {
    const { line, column } = locateInvalidByte(bytes);
    return new TranscriptError(fileName, line, why, column);
  };
  if (hasMultiByteUtf8(bytes)) {
    throw refuse('This file is not UTF-8 text. Save it again as UTF-8 (most editors offer it under "Save As" or "Encoding").');
  }
  const scores = [
    { encoding: "gb18030", score: chineseScore(bytes, "gb18030") },
    { encoding: "big5", score: chineseScore(bytes, "big5") },
    { encoding: "windows-1252", score: westernScore(bytes) },
  ].sort((a, b) => b.score - a.score);
  const [best, second] = scores as [(typeof scores)[number], (typeof scores)[number]];
  if (best.score >= 0.15 && best.score >= 2 * second.score) return best.encoding;
  throw refuse(
    "This file is not UTF-8 text, and shownotes cannot tell which encoding it is in (it is not clearly GBK, Big5 or Windows-1252). Open it in your editor and save it again as UTF-8.",
  );
}

function zeroBytes(head: Uint8Array): { even: number; odd: number; pairs: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  return { even, odd, pairs: Math.floor(head.length / 2) };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when most (half or more) of the non-ASCII bytes form well-formed
 * UTF-8 sequences for letters (Latin letters with accents, CJK). Two-byte
 * Chinese encodings produce a valid sequence by accident now and then
 * (about one pair in seven), never for most of the text.
 */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const char = length > 0 && i + length <= bytes.length ? utf8Char(bytes.subarray(i, i + length)) : undefined;
    if (char !== undefined && /[\u00c0-\u024f\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u.test(char)) {
      valid += length;
      high += length;
      i += length - 1;
    } else high++;
  }
  return high > 0 && valid * 2 >= high;
}

function utf8Char(sequence: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(sequence);
  } catch {
    return undefined;
  }
}

// The most frequent characters of written Chinese (simplified and traditional
// forms both), from the common character-frequency lists: in ordinary text
// they are about a third of all Chinese characters.
const FREQUENT_CHINESE = new Set(
  "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡裏用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西斯月话話合回特代内內信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活尔爾更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白却界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干乾".replace(/\s/g, ""),
);

/** Share of the decoded Han characters that are frequent ones; 0 when the bytes do not decode cleanly or hold no Han. */
function chineseScore(bytes: Uint8Array, encoding: string): number {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return 0;
  }
  let han = 0;
  let frequent = 0;
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    han++;
    if (FREQUENT_CHINESE.has(char)) frequent++;
  }
  return han === 0 ? 0 : frequent / han;
}

/** Share of the non-ASCII bytes that touch an ASCII letter on at least one side. */
function westernScore(bytes: Uint8Array): number {
  const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  let high = 0;
  let touching = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if (isLetter(bytes[i - 1]) || isLetter(bytes[i + 1])) touching++;
  }
  return high === 0 ? 0 : touching / high;
}

/** Line and column (in characters) of the first byte that is not valid UTF-8. */
function locateInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let offset = 0;
  let line = 1;
  let column = 1;
  while (offset < bytes.length) {
    const b = bytes[offset]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || offset + length > bytes.length) break;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(offset, offset + length));
    } catch {
      break;
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    offset += length;
  }
  return { line, column };
}
