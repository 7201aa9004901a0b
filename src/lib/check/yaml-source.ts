import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { error, START, type Position, type Problem } from "./problem.ts";

/** A parsed YAML text that can say where each value was written. */
export interface YamlSource {
  file: string;
  /** The YAML as read. */
  text: string;
  /** The plain JavaScript value (strings stay strings: `2024-03-01` is not turned into a Date). */
  value: unknown;
  /** Where the value at `path` (or the nearest parent that exists) starts in the file. */
  positionOf(path: readonly (string | number)[]): Position;
  /** Where the key `path`'s last element is written (for "unknown key" style messages). */
  keyPositionOf(path: readonly (string | number)[]): Position;
  problems: Problem[];
}

/**
 * Parses YAML with the `yaml` package's node ranges and a LineCounter, so
 * problems point at `file:line:column`. `firstLine` is the line the YAML
 * starts on in the file (frontmatter starts on line 2, after `---`).
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const shift = (pos: { line: number; col: number }): Position => ({ line: pos.line + firstLine - 1, column: pos.col });
  const at = (offset: number | undefined): Position => (offset === undefined ? { line: firstLine, column: 1 } : shift(lineCounter.linePos(offset)));

  // One syntax mistake often trips several parser errors at the same spot; report the first per line.
  const problems: Problem[] = [];
  for (const yamlError of doc.errors) {
    // Where the parser gives up on deep nesting depends on the stack it has: name the line only, so the report is the same everywhere.
    const position = yamlError.code === "RESOURCE_EXHAUSTION" ? { line: at(yamlError.pos[0]).line, column: 1 } : at(yamlError.pos[0]);
    if (problems.some((problem) => problem.line === position.line)) continue;
    problems.push(error(file, position, `this is not valid YAML here (${plainYamlError(yamlError.code)}); check the indentation, colons and quotes on this line`));
  }

  function nodeAt(path: readonly (string | number)[], wantKey: boolean): unknown {
    let node: unknown = doc.contents;
    let last: unknown = node;
    for (const [index, key] of path.entries()) {
      if (!isNode(node) || !("items" in node)) break;
      const items = (node as { items: unknown[] }).items;
      let next: unknown;
      if (isMap(node)) {
        const pair = items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
        if (isPair(pair)) next = wantKey && index === path.length - 1 ? pair.key : (pair.value ?? pair.key);
      } else if (typeof key === "number") {
        next = items[key];
      }
      if (next === undefined) break;
      node = next;
      last = next;
    }
    return last;
  }

  const rangeStart = (node: unknown): number | undefined =>
    isNode(node) && node.range ? node.range[0] : undefined;

  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      // The yaml package's own limit on alias expansion (a "billion laughs" file
      // would otherwise take all memory) throws; it becomes a sentence here.
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      problems.push(error(file, START_OF(firstLine), `this YAML repeats its *alias references so often that reading it would take all the computer's memory: write the values out instead of using & and * aliases`));
    }
  }

  return {
    file,
    text,
    value,
    positionOf: (path) => (path.length === 0 ? START_OF(firstLine) : at(rangeStart(nodeAt(path, false)))),
    keyPositionOf: (path) => (path.length === 0 ? START_OF(firstLine) : at(rangeStart(nodeAt(path, true)))),
    problems,
  };
}

/** Far above anything show notes need (an alias is rare in them at all), far below what exhausts memory. */
const MAX_ALIAS_COUNT = 1000;

const START_OF = (line: number): Position => (line === 1 ? START : { line, column: 1 });

function plainYamlError(code: string): string {
  const words: Record<string, string> = {
    DUPLICATE_KEY: "the same setting is written twice",
    BAD_INDENT: "the indentation is off",
    MISSING_CHAR: "a character such as a closing quote is missing",
    MULTILINE_IMPLICIT_KEY: "a setting name runs over two lines; is a colon or quote missing?",
    BLOCK_AS_IMPLICIT_KEY: "a setting name runs over two lines; is a colon or quote missing?",
    TAB_AS_INDENT: "tabs are used for indentation; use spaces",
    UNEXPECTED_TOKEN: "something unexpected is written here",
    // The yaml package stops at nesting far deeper than any setting needs (its guard against files that exhaust the stack).
    RESOURCE_EXHAUSTION: "lists or settings are nested inside each other far too deeply; write them flat, e.g. `tags: [ai, startups]`",
  };
  return words[code] ?? code.toLowerCase().replaceAll("_", " ");
}
