import { decodeString } from "./webvtt/entities.ts";

/**
 * Small pieces of Markdown that transcripts published as .md carry
 * (bitcointranscripts, Changelog): a YAML front-matter block (metadata,
 * not speech), "## Section" headings, backslash escapes ("\[laughs\]")
 * and links whose visible text is what was said.
 */

/** Number of leading lines that are a `---` … `---` front-matter block (0 if none). */
export function frontMatterLineCount(lines: string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trim() === "---" || lines[i]!.trim() === "...") return i + 1;
  return 0;
}

export function headingText(line: string): string | null {
  const match = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  return match ? match[1]! : null;
}

/**
 * The lines of a text transcript that hold speech, trimmed: the front matter
 * and blank lines are skipped, and each line carries the heading above it.
 */
export function* speechLines(text: string): Generator<{ line: string; lineNumber: number; section?: string }> {
  const lines = text.split(/\r\n?|\n/);
  let section: string | undefined;
  for (let i = frontMatterLineCount(lines); i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const heading = headingText(line);
    if (heading !== null) {
      section = markdownInlineToText(heading);
      continue;
    }
    yield section === undefined ? { line, lineNumber: i + 1 } : { line, lineNumber: i + 1, section };
  }
}

/**
 * Inline Markdown to plain text: links keep their text, escapes are
 * removed, character references ("&#39;", "&amp;", "&nbsp;") decoded once,
 * as CommonMark reads them (the exports then escape what their format
 * needs, so nothing is escaped twice).
 */
export function markdownInlineToText(text: string): string {
  return decodeString(text)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1");
}
