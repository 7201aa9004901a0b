import { PersonSchema } from "../../schemas/person.ts";
import { error, type Problem } from "./problem.ts";
import { schemaProblems } from "./schema-problems.ts";
import { unknownKeyProblems } from "./unknown-keys.ts";
import type { YamlSource } from "./yaml-source.ts";

export interface PeopleIndex {
  /** False when people.yaml cannot be read: reference checks are then skipped, not reported per episode. */
  loaded: boolean;
  ids: Set<string>;
  isKnownSpeaker(name: string): boolean;
  unknownMessage(id: string): string;
}

/** Validates `people.yaml` and indexes ids, names and aliases for the reference checks. */
export function indexPeople(source: YamlSource | undefined): { people: PeopleIndex; problems: Problem[] } {
  const problems: Problem[] = [];
  const value = source?.value;
  const ids = new Set<string>();
  const spoken = new Set<string>();
  if (source && value !== undefined && value !== null) {
    if (typeof value !== "object" || Array.isArray(value)) {
      problems.push(error(source.file, source.positionOf([]), "people.yaml must list people by a short id, e.g. `monica:` then `name: Monica` indented below it"));
    } else {
      for (const [id, person] of Object.entries(value)) {
        ids.add(id);
        spoken.add(id.toLowerCase());
        problems.push(...schemaProblems(PersonSchema, source, person, [id], `the person "${id}"`));
        problems.push(...unknownKeyProblems(source, person, Object.keys(PersonSchema.shape), [id]));
        const record = (person ?? {}) as { name?: unknown; aliases?: unknown };
        if (typeof record.name === "string") spoken.add(record.name.toLowerCase());
        if (Array.isArray(record.aliases)) for (const alias of record.aliases) spoken.add(String(alias).toLowerCase());
      }
    }
  }
  const known = [...ids].sort().join(", ");
  return {
    problems,
    people: {
      loaded: source === undefined || source.problems.length === 0,
      ids,
      isKnownSpeaker: (name) => spoken.has(name.toLowerCase()),
      unknownMessage: (id) =>
        ids.size === 0
          ? `"${id}" is not in people.yaml: add an entry for them there (an id, then name: …)`
          : `"${id}" is not in people.yaml (known: ${known}): fix the spelling or add them to people.yaml`,
    },
  };
}
