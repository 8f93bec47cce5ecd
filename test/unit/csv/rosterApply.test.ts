import { describe, expect, it } from "vitest";
import { freeSpotInCell, slotPosition } from "../../../src/domain/cellPlaces";
import { parseRoster } from "../../../src/domain/csv/roster";
import { applyRosterImport, planRosterImport } from "../../../src/domain/csv/rosterApply";
import { validateMap } from "../../../src/domain/validateMap";
import { aMap } from "../builders";

const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Executive sponsor", "Sales")
  .withPerson("dana", { org: "a", tier: "Sales", name: "Dana", at: { x: 16, y: 16 } })
  .build();

const counter = () => {
  let n = 0;
  return (prefix: string) => `${prefix}${++n}`;
};

const roster = [
  "name,title,org,tier,email",
  "Ada,CTO,Acme,Executive sponsor,ada@acme.example",
  "Bob,,Globex,Board,",
  ",,Acme,Sales,",
  "Cy,,Globex,board,",
].join("\n");

describe("planRosterImport", () => {
  it("adds the valid rows and says why the others are skipped", () => {
    const preview = parseRoster(roster, map);
    const withTiers = planRosterImport(preview, true);
    expect(withTiers.add.map((r) => r.name)).toEqual(["Ada", "Bob", "Cy"]);
    expect(withTiers.skip.map((s) => s.reasons)).toEqual([["Row 4: no name"]]);

    const withoutTiers = planRosterImport(preview, false);
    expect(withoutTiers.add.map((r) => r.name)).toEqual(["Ada"]);
    expect(withoutTiers.skip.map((s) => s.reasons[0])).toEqual([
      'Row 3: there is no tier "Board" and new tiers are not created',
      "Row 4: no name",
      'Row 5: there is no tier "board" and new tiers are not created',
    ]);
  });

  it("adds nothing when the file as a whole is refused", () => {
    const preview = { ...parseRoster(roster, map), newTiers: [], errors: ["Too big."] };
    expect(planRosterImport(preview, true).add).toEqual([]);
  });
});

describe("applyRosterImport", () => {
  it("adds valid rows placed in their tier's cell and appends new tiers, in one new map", () => {
    const preview = parseRoster(roster, map);
    const next = applyRosterImport(map, preview, { createTiers: true, newId: counter() });
    expect(next.tiers.map((t) => [t.id, t.name])).toEqual([
      ["executive-sponsor", "Executive sponsor"],
      ["sales", "Sales"],
      ["t1", "Board"],
    ]);
    expect(next.people.slice(1)).toEqual([
      {
        id: "p2",
        org: "a",
        name: "Ada",
        title: "CTO",
        tierId: "executive-sponsor",
        email: "ada@acme.example",
        position: freeSpotInCell({ people: [] }, "a", "executive-sponsor"),
      },
      { id: "p3", org: "b", name: "Bob", tierId: "t1", position: slotPosition(0, "b") },
      { id: "p4", org: "b", name: "Cy", tierId: "t1", position: slotPosition(1, "b") },
    ]);
    expect(next.people[0]).toBe(map.people[0]);
    expect(next.relationships).toBe(map.relationships);
    expect(validateMap(next)).toEqual([]);
  });

  it("skips rows with unknown tiers when tiers are not created", () => {
    const next = applyRosterImport(map, parseRoster(roster, map), { createTiers: false });
    expect(next.tiers).toBe(map.tiers);
    expect(next.people.map((p) => p.name)).toEqual(["Dana", "Ada"]);
    expect(next.people[1]?.position).toEqual(slotPosition(0, "a"));
    expect(validateMap(next)).toEqual([]);
  });

  it("returns the same map when there is nothing to add", () => {
    const preview = parseRoster("name,org,tier\n,a,Sales", map);
    expect(applyRosterImport(map, preview, { createTiers: true })).toBe(map);
  });

  it("imports 50 rows with random ids that are all distinct", () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Person ${i},${i % 2 ? "b" : "a"},Sales`);
    const preview = parseRoster(["name,org,tier", ...rows].join("\n"), map);
    const next = applyRosterImport(map, preview, { createTiers: false });
    expect(next.people).toHaveLength(51);
    expect(new Set(next.people.map((p) => p.id)).size).toBe(51);
    // Everyone placed, Dana's spot kept free, no two cards of a cell on one spot.
    const spots = next.people.map((p) => `${p.org}:${p.tierId}:${p.position?.x},${p.position?.y}`);
    expect(next.people.every((p) => p.position !== undefined)).toBe(true);
    expect(new Set(spots).size).toBe(51);
    expect(validateMap(next)).toEqual([]);
  });
});
