import { TranscriptError } from "./errors.ts";

/**
 * Source bytes to text. Transcripts are UTF-8 (WebVTT requires it, and
 * every tool in the corpus writes it); anything else is refused with the
 * line and column of the first bad byte rather than decoded into
 * replacement characters that would end up on the page. One leading BOM
 * is removed.
 */
export function decodeSource(source: string | Uint8Array, fileName: string): string {
  let text: string;
  if (typeof source === "string") {
    text = source;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(source);
    } catch {
      const { line, column } = locateInvalidByte(source);
      throw new TranscriptError(
        fileName,
        line,
        "This file is not UTF-8 text. Save it again as UTF-8 (most editors offer it under \"Save As\" or \"Encoding\").",
        column,
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new TranscriptError(fileName, 1, "This file is empty: there is no transcript in it.");
  return text;
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
