import { parseYamlSource, type YamlSource } from "./yaml-source.ts";
import { error, START, type Problem } from "./problem.ts";

export interface SplitMarkdown {
  frontmatter: YamlSource;
  /** The Markdown after the closing `---`. */
  body: string;
  /** The line of `index.md` the body starts on (1-based). */
  bodyFirstLine: number;
  /** The whole file with the frontmatter blanked line for line, so Markdown positions are those of index.md. */
  blanked: string;
  problems: Problem[];
}

/**
 * Splits `index.md` into its `---` frontmatter (parsed with positions) and
 * the Markdown summary. Line numbers stay those of the whole file.
 */
export function splitMarkdown(text: string, file: string): SplitMarkdown {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const empty = parseYamlSource("", file, 2);
  if (lines[0]?.trim() !== "---") {
    return {
      frontmatter: empty,
      body: text,
      bodyFirstLine: 1,
      blanked: text,
      problems: [error(file, START, "the episode's settings are missing: index.md must start with a line `---`, then settings such as `title: …`, then another `---`")],
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close === -1) {
    return {
      frontmatter: empty,
      body: "",
      bodyFirstLine: lines.length + 1,
      blanked: "",
      problems: [error(file, START, "the episode's settings never end: add a line `---` after the last setting, before the summary")],
    };
  }
  const frontmatter = parseYamlSource(lines.slice(1, close).join("\n"), file, 2);
  const body = lines.slice(close + 1).join("\n");
  return { frontmatter, body, bodyFirstLine: close + 2, blanked: "\n".repeat(close + 1) + body, problems: [...frontmatter.problems] };
}
