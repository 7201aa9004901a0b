import { TranscriptError } from "./errors.ts";

/** JSON.parse with the error placed at a line and column of the file. */
export function parseJsonSource(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : 0;
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    throw new TranscriptError(fileName, line, `This JSON file is broken here and cannot be read (${message.replace(/ in JSON.*$/, "")}).`, column);
  }
}

/** 1-based line of the n-th occurrence of `needle` (for messages about array items). */
export function lineOfNth(text: string, needle: RegExp, n: number): number {
  const re = new RegExp(needle.source, "g");
  let match: RegExpExecArray | null;
  let count = 0;
  while ((match = re.exec(text))) {
    if (count === n) return text.slice(0, match.index).split("\n").length;
    count++;
  }
  return 1;
}
