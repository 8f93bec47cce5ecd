/**
 * Comparisons that must see every field use one helper, `sameValue`, which knows no field
 * names. These tests add a field nobody has declared (as a later version of a record would) and
 * check that each comparison notices it.
 */
import { describe, expect, it } from "vitest";
import { applyChanges, changesBetween, invert, isEmpty } from "../../../src/domain/changes";
import { done } from "../../../src/domain/edits";
import { keepWhileSame, sameValue } from "../../../src/domain/equality";
import type { PeerMap, Person } from "../../../src/domain/model";
import { aMap } from "../builders";

/** A person with a field the code has never heard of. */
const withPronouns = (person: Person, pronouns: string): Person =>
  ({ ...person, pronouns }) as Person;

const workshop = aMap()
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace" })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper" })
  .build();
const ada = workshop.people[0] as Person;

const withAda = (map: PeerMap, person: Person): PeerMap => ({
  ...map,
  people: map.people.map((p) => (p.id === person.id ? person : p)),
});

describe("sameValue", () => {
  it("tells apart two records that differ only in a field it has never heard of", () => {
    expect(sameValue(withPronouns(ada, "she/her"), withPronouns(ada, "they/them"))).toBe(false);
    expect(sameValue(withPronouns(ada, "she/her"), ada)).toBe(false);
    expect(sameValue(withPronouns(ada, "she/her"), withPronouns({ ...ada }, "she/her"))).toBe(true);
  });

  it("looks inside nested records and lists, and takes an undefined field as absent", () => {
    expect(sameValue({ position: { x: 1, y: 2 } }, { position: { x: 1, y: 3 } })).toBe(false);
    expect(sameValue([ada], [{ ...ada }])).toBe(true);
    expect(sameValue([ada], [])).toBe(false);
    expect(sameValue({ ...ada, title: undefined }, ada)).toBe(true);
  });
});

describe("comparisons built on it notice a new field", () => {
  it("an edit's result: a map that differs only in a new field is a new map", () => {
    const changed = withAda(workshop, withPronouns(ada, "she/her"));
    expect(done(workshop, changed)).toEqual({ ok: true, map: changed });
    const copy = withAda(workshop, { ...ada });
    expect(done(workshop, copy)).toEqual({ ok: true, map: workshop });
  });

  it("undo: the change of a new field is recorded, and undone", () => {
    const before = withAda(workshop, withPronouns(ada, "she/her"));
    const after = withAda(workshop, withPronouns(ada, "they/them"));
    const changes = changesBetween(before, after);
    expect(isEmpty(changes)).toBe(false);
    expect(changes.people.updated).toEqual([
      { id: "ada", before: { pronouns: "she/her" }, after: { pronouns: "they/them" } },
    ]);
    const undone = applyChanges(after, invert(changes));
    expect(undone.people[0]).toEqual(withPronouns(ada, "she/her"));
  });
});

describe("keepWhileSame", () => {
  it("hands back the value it holds while the new one is the same, and the new one once not", () => {
    const keep = keepWhileSame(sameValue);
    const first = { lanes: [1, 2] };
    expect(keep(first)).toBe(first);
    expect(keep({ lanes: [1, 2] })).toBe(first);
    const moved = { lanes: [1, 3] };
    expect(keep(moved)).toBe(moved);
    expect(keep({ lanes: [1, 3] })).toBe(moved);
  });
});
