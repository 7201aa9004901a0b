import { warning, type Problem } from "./problem.ts";
import type { YamlSource } from "./yaml-source.ts";

/**
 * Settings the schema does not know are ignored by the build (zod drops
 * them), so a misspelt `duraton:` would silently lose the duration. Each one
 * is a warning naming the setting it most likely means: the known key one
 * edit away (a letter missing, extra, changed, or two letters swapped).
 */
export function unknownKeyProblems(source: YamlSource, value: unknown, known: readonly string[], basePath: (string | number)[] = []): Problem[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const problems: Problem[] = [];
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const meant = known.find((candidate) => oneEditApart(key.toLowerCase(), candidate.toLowerCase()));
    const advice = meant
      ? `did you mean "${meant}"?`
      : `the settings shownotes reads here are: ${known.join(", ")}`;
    problems.push(warning(source.file, source.keyPositionOf([...basePath, key]), `"${key}" is not a setting shownotes knows, so it is ignored: ${advice}`));
  }
  return problems;
}

/** Damerau-Levenshtein distance of exactly one (or equal ignoring case), without building the whole table. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true; // Differs only in capitals (`Title`): the build would still drop it.
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // One letter changed.
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // Two letters swapped.
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i); // One letter missing or extra.
}
