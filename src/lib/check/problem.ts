/**
 * A problem found in the podcaster's content: a value, not an exception, so
 * every problem in `content/` can be collected and reported at once.
 */
export interface Problem {
  /** Path relative to the project root, e.g. `content/episodes/intro/index.md`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Errors stop the build; warnings are printed and the build goes on. */
  severity: "error" | "warning";
  /** One sentence a podcaster understands: what is wrong and how to fix it. */
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

export function error(file: string, at: Position, message: string): Problem {
  return { file, line: at.line, column: at.column, severity: "error", message };
}

export function warning(file: string, at: Position, message: string): Problem {
  return { file, line: at.line, column: at.column, severity: "warning", message };
}

/** `content/x/index.md:3:7  warning: message`: the form editors and terminals link. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === "warning" ? "warning: " : "";
  return `${problem.file}:${problem.line}:${problem.column}  ${label}${problem.message}`;
}

/** By file, then position, so the report reads top to bottom per file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

export function countErrors(problems: readonly Problem[]): number {
  return problems.filter((problem) => problem.severity === "error").length;
}
