import { error, type Position, type Problem } from "./problem.ts";

export type DecodedText = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Decodes a content file as UTF-8, or says where it stops being UTF-8.
 * Files saved by older Chinese Windows editors are often GBK; decoding them
 * leniently would publish mojibake, so the podcaster is told instead.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): DecodedText {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidPosition(bytes);
    return {
      ok: false,
      problem: error(
        file,
        at,
        "this file is not saved as UTF-8 (perhaps GBK or Latin-1), so its text would come out garbled: open it in your editor and save it with the UTF-8 encoding",
      ),
    };
  }
}

/** Line and column (in characters) of the first byte that is not valid UTF-8. */
function firstInvalidPosition(bytes: Uint8Array): Position {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that is valid UTF-8 (possibly ending mid-character), by bisection.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodePrefix(bytes.subarray(0, mid)) !== undefined) low = mid;
    else high = mid - 1;
  }
  const prefix = decodePrefix(bytes.subarray(0, low)) ?? "";
  const lines = prefix.split("\n");
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

/** The complete characters of a prefix, or undefined when it holds an invalid sequence. */
function decodePrefix(prefix: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(prefix, { stream: true });
  } catch {
    return undefined;
  }
}

/** 0-based character offset → 1-based line and column. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
