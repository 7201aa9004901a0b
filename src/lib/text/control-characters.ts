/**
 * Invisible control characters (NUL, escape codes, C1 controls) that
 * editors, copy-paste from PDFs and broken exports leave in text. They have
 * no meaning in show notes, break HTML validity and feed readers, and can
 * hide text from a reviewer, so they are removed from what is published
 * (and `shownotes check` says where each one was). Tabs and line breaks stay.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}

/** Line, column (1-based) and code of the first control character on each line that has one. */
export function controlCharacters(text: string): { line: number; column: number; code: string }[] {
  const found: { line: number; column: number; code: string }[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    const match = new RegExp(CONTROL.source).exec(line);
    if (match) found.push({ line: index + 1, column: match.index + 1, code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` });
  }
  return found;
}
