import { describe, expect, it } from "vitest";
import { appearsIn, castOf, findPerson, isOneEditAway, nameSlug, withNamedPeople } from "../../../src/lib/people/cast.ts";
import type { Person } from "../../../src/schemas/person.ts";

const people = new Map<string, Person>([
  ["monica", { name: "Monica Lee", aliases: ["SPEAKER_00", "莫妮卡"] }],
  ["gilon", { name: "Gilon", aliases: [] }],
]);

describe("findPerson", () => {
  it("finds people.yaml entries by id, by name and by alias, ignoring case and extra spaces", () => {
    expect(findPerson("monica", people)?.id).toBe("monica");
    expect(findPerson("Monica  Lee", people)?.id).toBe("monica");
    expect(findPerson("莫妮卡", people)?.id).toBe("monica");
    expect(findPerson("GILON", people)?.id).toBe("gilon");
    expect(findPerson("Bob Li", people)).toBeUndefined();
  });
});

describe("castOf", () => {
  it("keeps the order and shows a plain name as written, trimmed", () => {
    expect(castOf(["gilon", " Bob Li ", "莫妮卡"], people)).toEqual([
      { id: "gilon", person: { name: "Gilon", aliases: [] } },
      { person: { name: "Bob Li", aliases: [] } },
      { id: "monica", person: people.get("monica") },
    ]);
  });
});

describe("nameSlug", () => {
  it("keeps letters of any script, folds case, and turns spaces and path characters into hyphens", () => {
    expect(nameSlug("Bob Li")).toBe("bob-li");
    expect(nameSlug("王小明")).toBe("王小明");
    expect(nameSlug("AC/DC ?#%\\ fan")).toBe("ac-dc-fan");
    expect(nameSlug("José Núñez")).toBe("josé-núñez");
  });

  it("gives no slug when nothing would be a usable path segment", () => {
    expect(nameSlug("..")).toBeUndefined();
    expect(nameSlug(".")).toBeUndefined();
    expect(nameSlug(" / ")).toBeUndefined();
  });
});

describe("withNamedPeople", () => {
  const episodes = [
    { data: { guests: ["Bob Li", "王小明", "Carol"] } },
    { data: { hosts: ["monica"], guests: ["bob li", "王小明"] } },
    { data: { guests: ["Gilon", "Bob Li", "Bob Li"] } },
  ];

  it("adds a page for each plain name in more than one episode, under its slug; one-episode names get none", () => {
    const all = withNamedPeople(people, episodes, []);
    expect([...all.keys()]).toEqual(["monica", "gilon", "bob-li", "王小明"]);
    expect(all.get("bob-li")).toEqual({ name: "Bob Li", aliases: [] });
  });

  it("counts the show's hosts for episodes that name none", () => {
    expect(withNamedPeople(new Map(), [{ data: { guests: [] } }, { data: { guests: [] } }], ["Ann Host"]).get("ann-host")).toEqual({ name: "Ann Host", aliases: [] });
  });

  it("leaves a slug that is already a people.yaml id to that person", () => {
    const withBob = new Map<string, Person>([["bob-li", { name: "Robert Li", aliases: [] }]]);
    expect(withNamedPeople(withBob, [{ data: { guests: ["Bob_Li"] } }, { data: { guests: ["Bob_Li"] } }], []).get("bob-li")!.name).toBe("Robert Li");
  });

  it("lets appearsIn match the page by id, name or alias", () => {
    const all = withNamedPeople(people, episodes, []);
    expect(episodes.map((episode) => appearsIn("bob-li", episode, [], all))).toEqual([true, true, true]);
    expect(episodes.map((episode) => appearsIn("gilon", episode, [], all))).toEqual([false, false, true]);
  });
});

describe("isOneEditAway", () => {
  it.each([
    ["monika", "monica", true],
    ["monca", "monica", true],
    ["monicaa", "monica", true],
    ["mnoica", "monica", true],
    ["王玮", "王伟", true],
    ["monica", "monica", false],
    ["mona", "monica", false],
    ["alex", "monica", false],
  ])("%s → %s: %s", (a, b, expected) => {
    expect(isOneEditAway(a, b)).toBe(expected);
  });
});
