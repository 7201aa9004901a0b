import type { z } from "astro/zod";
import { error, type Problem } from "./problem.ts";
import type { YamlSource } from "./yaml-source.ts";

/** Examples shown when a required setting is missing, so the fix can be copied. */
const EXAMPLES: Record<string, string> = {
  title: "title: My first episode",
  description: "description: A few words about the show.",
  language: "language: zh-CN",
  url: "url: https://podcast.example.com/",
  author: "author: Your name",
  name: "name: Monica",
};

/**
 * Runs a zod schema over a YAML value and turns each issue into a problem at
 * the line where the setting is written (or the start of the block when it
 * is missing), worded for a podcaster rather than as zod's type names.
 */
export function schemaProblems(schema: z.ZodType, source: YamlSource, value: unknown, basePath: (string | number)[] = [], what = "this file"): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    const key = issue.path.map(String).join(".");
    const actual = valueAt(value, issue.path as (string | number)[]);
    if (actual === undefined && issue.code === "invalid_type") {
      const last = String(issue.path.at(-1));
      const example = EXAMPLES[last] ? `, e.g. \`${EXAMPLES[last]}\`` : "";
      return error(source.file, source.positionOf(basePath), `"${key}" is missing: ${what} needs one${example}`);
    }
    // Schemas word some custom messages to follow the key ("is refused: …"); others stand alone after a colon.
    if (issue.code === "custom") return error(source.file, source.positionOf(path), `"${key}"${issue.message.startsWith("is ") ? " " : ": "}${issue.message}`);
    return error(source.file, source.positionOf(path), `"${key}" ${plainMessage(issue, actual)}`);
  });
}

function plainMessage(issue: z.core.$ZodIssue, actual: unknown): string {
  const shown = typeof actual === "string" ? `"${actual}"` : JSON.stringify(actual);
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "date") return `is not a date: write it as year-month-day, e.g. 2024-03-01 (found ${shown})`;
      if (issue.expected === "array") return `should be a list, e.g. [monica, alex] (found ${shown})`;
      if (issue.expected === "number") return `should be a number (found ${shown})`;
      if (issue.expected === "boolean") return `should be true or false (found ${shown})`;
      if (issue.expected === "string") return `should be text (found ${shown})`;
      return `has the wrong kind of value (found ${shown})`;
    case "too_small":
      return issue.origin === "string" ? "is empty: write something here or remove the line" : `is too small (found ${shown})`;
    case "invalid_format":
      if (issue.format === "url") return `is not a web address: write it in full, starting with https:// (found ${shown})`;
      if (issue.format === "email") return `is not an email address (found ${shown})`;
      return `${issue.message} (found ${shown})`;
    case "invalid_union":
      return `is not written in a form shownotes understands (found ${shown})`;
    default:
      return issue.message;
  }
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
