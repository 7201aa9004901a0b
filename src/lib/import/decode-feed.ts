import { XMLValidator } from "fast-xml-parser";

/** A feed that cannot be read, with where (1-based line and column) and what is wrong, in words for a podcaster. */
export class FeedError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(line: number, column: number, message: string) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/**
 * A feed's bytes → text, honouring its byte order mark or the encoding its
 * XML declaration names (`<?xml version="1.0" encoding="GB2312"?>`; XML 1.0
 * §4.3.3), UTF-8 otherwise. Node 24's TextDecoder carries full ICU, so GBK,
 * GB18030, Big5, Shift_JIS and the Windows code pages all decode. Bytes that
 * are not valid in that encoding are an error naming where they are, never
 * replacement characters in the podcaster's show notes.
 */
export function decodeFeed(bytes: Uint8Array): string {
  let label = "utf-8";
  let declared: string | undefined;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) label = "utf-16be";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = "utf-16le";
  else {
    // The declaration is ASCII in every encoding a feed uses, so latin1 reads it safely.
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 300));
    declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
    if (declared) label = declared;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new FeedError(1, 1, `the feed says it is written in the "${label}" encoding, which shownotes does not know: save it as UTF-8 and import that file`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const text = new TextDecoder(label).decode(bytes);
    const at = positionOf(text, text.indexOf("\uFFFD"));
    throw new FeedError(at.line, at.column, declared
        ? `the feed says it is written in ${declared}, but the text here is not valid ${declared}: the file may be damaged, or saved in another encoding than it declares`
        : `the text here is not valid UTF-8, and the feed names no other encoding (an XML declaration such as <?xml version="1.0" encoding="GB2312"?>): the file may be damaged, or saved in another encoding`);
  }
}

/**
 * Stops at the first place the XML is not well-formed, with line and column
 * (fast-xml-parser's validator), because its parser would otherwise read a
 * damaged feed partly and silently: one stray `&` in a title used to yield
 * 2 episodes out of 94.
 */
export function assertWellFormed(xml: string): void {
  const result = XMLValidator.validate(xml);
  if (result === true) return;
  const { code, msg, line, col } = result.err;
  if (code === "InvalidChar" && msg.includes("'&'")) {
    throw new FeedError(line, col, 'the feed is not well-formed XML: a "&" that does not start an entity (the host should have written &amp;, or wrapped the text in <![CDATA[ … ]]>)');
  }
  if (!/<\/rss>\s*$/.test(xml)) {
    // Cut off between two elements, the validator names the open ones but points at the start: point at the end instead.
    const open = /^Invalid '\[(.*)\]' found/s.exec(msg)?.[1]?.match(/"([^"]+)"/g)?.map((name) => `<${name.slice(1, -1)}>`);
    const end = positionOf(xml, xml.trimEnd().length);
    const at = open ? end : { line, column: col };
    throw new FeedError(at.line, at.column, `the feed stops before it is complete${open ? ` (${open.join(", ")} never closed)` : ` (${msg})`}: the download was probably cut short, so download it again`);
  }
  throw new FeedError(line, col, `the feed is not well-formed XML: ${msg}`);
}

export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
