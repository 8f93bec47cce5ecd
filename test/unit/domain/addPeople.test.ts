import { describe, expect, it } from "vitest";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { addPeople, addPerson } from "../../../src/domain/edits";
import { LIMITS } from "../../../src/domain/format/limits";
import type { PeerMap } from "../../../src/domain/model";
import { aMap, tierId } from "../builders";

const SALES = tierId("Sales");
const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Executive sponsor", "Sales")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada", at: slotPosition(0, "a") })
  .build();

const ok = (result: ReturnType<typeof addPeople>): PeerMap => {
  if (!result.ok) throw new Error(result.reason);
  return result.map;
};

describe("adding a list of people", () => {
  it("adds them all, each placed where addPerson one by one would put them", () => {
    const names = ["Mia", "Li", "Sam"];
    let counter = 0;
    const ids = () => `p${counter++}`;
    const all = ok(
      addPeople(
        map,
        names.map((name) => ({ org: "a", tierId: SALES, name, place: true })),
        ids,
      ),
    );
    let oneByOne: PeerMap = map;
    names.forEach((name, i) => {
      const result = addPerson(oneByOne, { org: "a", tierId: SALES, name, place: true }, `p${i}`);
      oneByOne = ok(result);
    });
    expect(all.people).toEqual(oneByOne.people);
    const spots = all.people.map((p) => `${p.position?.x},${p.position?.y}`);
    expect(new Set(spots).size).toBe(4);
  });

  it("refuses the whole list, naming the person, when one cannot be added", () => {
    const result = addPeople(map, [
      { org: "a", tierId: SALES, name: "Mia" },
      { org: "a", tierId: SALES, name: "Li", title: "x".repeat(LIMITS.maxNameLength + 1) },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(/^Person 2 in the list \(Li\): A title can be at most/);
  });

  it("refuses a list the map has no room for, saying how much room there is", () => {
    const nearlyFull = {
      ...map,
      people: Array.from({ length: LIMITS.maxPeople - 2 }, () => map.people[0]),
    } as PeerMap;
    const result = addPeople(
      nearlyFull,
      ["A", "B", "C"].map((name) => ({ org: "b", tierId: SALES, name })),
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/room for 2 more people.*the list has 3/),
    });
  });
});
