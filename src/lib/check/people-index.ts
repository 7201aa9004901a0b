import { PersonSchema } from "../../schemas/person.ts";
import { isOneEditAway } from "../people/cast.ts";
import { warning, error, type Position, type Problem } from "./problem.ts";
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

/**
 * What `shownotes check` says about one entry of `hosts` / `guests`. An id,
 * a name or an alias from people.yaml is fine. A plain name is fine too (it is
 * shown as written) and gets a hint about people.yaml. A name one edit from
 * an id is most likely a misspelt id: a warning, not an error, because the
 * page still builds showing the name as written, and short real names one
 * letter apart (Ann and Anna, 王伟 and 王玮) are common enough that blocking
 * the build on them would be wrong.
 */
export function peopleRefProblems(file: string, at: Position, entry: string, people: PeopleIndex): Problem[] {
  if (people.ids.has(entry) || people.isKnownSpeaker(entry.trim())) return [];
  const near = [...people.ids].find((id) => isOneEditAway(entry.trim().toLowerCase(), id.toLowerCase()));
  if (near !== undefined) {
    return [warning(file, at, `"${entry}" is not in people.yaml, but "${near}" is: if you meant ${near}, fix the spelling; if "${entry}" is someone else, the page shows the name as written`)];
  }
  return [warning(file, at, `"${entry}" is not in people.yaml, which is fine: the page shows the name as written. To give them a bio, a photo and links, add them there (an id, then name: ${entry})`)];
}
