import { describe, expect, it } from "vitest";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { createMap } from "../../../src/domain/createMap";
import type { EditResult } from "../../../src/domain/edits";
import {
  addPerson,
  placePeople,
  placePerson,
  removeItems,
  renameMap,
  setHealthyThreshold,
  tidy,
  unplacePerson,
  updateOrg,
  updatePerson,
} from "../../../src/domain/edits";
import { connect, updateRelationships } from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { aMap, tierId } from "../builders";

const SALES = tierId("Sales");
const EXEC = tierId("Executive sponsor");

function ok(result: EditResult): PeerMap {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  return result.map;
}
function refused(result: EditResult): string {
  if (result.ok) throw new Error("edit was expected to be refused");
  return result.reason;
}

const workshop = aMap()
  .withOrgs("Acme", "Globex")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace", at: slotPosition(0, "a") })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper", at: slotPosition(0, "b") })
  .withPerson("alan", { org: "a", tier: "Sales", name: "Alan Turing" })
  .withLink("ada", "grace", 4)
  .build();

describe("a new map", () => {
  it("starts with the six default tiers, both organisations and threshold 3", () => {
    const map = createMap({
      now: "2024-01-01T00:00:00.000Z",
      name: "Acme x Globex",
      orgs: { b: { name: "Globex", color: "#7c3aed" } },
    });
    expect(map.tiers.map((t) => t.name)).toEqual([
      "Executive sponsor",
      "Alliance management",
      "Sales",
      "Marketing",
      "Technical / delivery",
      "Operations / support",
    ]);
    expect(new Set(map.tiers.map((t) => t.id)).size).toBe(6);
    expect(map.orgs.b.name).toBe("Globex");
    expect(map.orgs.a.name).toBe("Our company");
    expect(map.settings.healthyThreshold).toBe(3);
    expect(map.createdAt).toBe(map.updatedAt);
    expect(createMap({ now: "x" }).name).toBe("Untitled map");
  });
});

describe("adding people", () => {
  it("adds a trimmed person to the roster, or onto the first free spot when asked", () => {
    const inRoster = ok(
      addPerson(workshop, { org: "a", name: "  Bob  ", tierId: SALES, title: " " }, "bob"),
    );
    expect(inRoster.people.at(-1)).toEqual({ id: "bob", org: "a", name: "Bob", tierId: SALES });
    const placed = ok(
      addPerson(workshop, { org: "a", name: "Bob", tierId: SALES, place: true }, "bob"),
    );
    expect(placed.people.at(-1)?.position).toEqual(slotPosition(1, "a"));
  });

  it("refuses a blank name or an unknown tier and leaves the map alone", () => {
    expect(refused(addPerson(workshop, { org: "a", name: "   ", tierId: SALES }))).toMatch(/name/);
    expect(refused(addPerson(workshop, { org: "a", name: "Bob", tierId: "nope" }))).toMatch(/tier/);
  });

  it("shares every untouched person with the previous version", () => {
    const next = ok(addPerson(workshop, { org: "b", name: "Linus", tierId: SALES }));
    expect(next.people[0]).toBe(workshop.people[0]);
    expect(next.relationships).toBe(workshop.relationships);
  });
});

describe("editing people", () => {
  it("changes fields, drops emptied optional ones and keeps the card in free space on a tier change", () => {
    const withTitle = ok(
      updatePerson(workshop, "ada", { title: "VP Sales", email: "ada@acme.test" }),
    );
    expect(withTitle.people[0]).toMatchObject({ title: "VP Sales", email: "ada@acme.test" });
    const cleared = ok(updatePerson(withTitle, "ada", { title: "", name: " Ada L. " }));
    expect(cleared.people[0]?.title).toBeUndefined();
    expect(cleared.people[0]?.name).toBe("Ada L.");
    const moved = ok(updatePerson(workshop, "ada", { tierId: EXEC }));
    expect(moved.people[0]).toMatchObject({ tierId: EXEC, position: slotPosition(0, "a") });
  });

  it("refuses an empty name, an unknown tier or a missing person", () => {
    expect(refused(updatePerson(workshop, "ada", { name: " " }))).toMatch(/name/);
    expect(refused(updatePerson(workshop, "ada", { tierId: "gone" }))).toMatch(/tier/);
    expect(refused(updatePerson(workshop, "nobody", { title: "x" }))).toMatch(/no longer/);
  });

  it("places from the roster, moves between lanes and sends back to the roster", () => {
    const placed = ok(placePerson(workshop, "alan", SALES, slotPosition(0, "a")));
    // Ada already sits in slot 0, so Alan lands in the nearest free slot: just below her.
    expect(placed.people[2]?.position).toEqual(slotPosition(3, "a"));
    const promoted = ok(placePerson(placed, "alan", EXEC, { x: 16, y: 16 }));
    expect(promoted.people[2]).toMatchObject({ tierId: EXEC, position: { x: 16, y: 16 } });
    expect(ok(unplacePerson(promoted, "alan")).people[2]?.position).toBeUndefined();
  });

  it("moves several cards in one edit, and returns the same map when nothing moved", () => {
    const both = ok(
      placePeople(workshop, [
        { id: "ada", tierId: EXEC, position: { x: 16, y: 16 } },
        { id: "alan", tierId: EXEC, position: { x: 16, y: 16 } },
      ]),
    );
    expect(both.people.filter((p) => p.tierId === EXEC).map((p) => p.position)).toEqual([
      { x: 16, y: 16 },
      slotPosition(5, "a"),
    ]);
    expect(
      ok(placePeople(workshop, [{ id: "ada", tierId: SALES, position: slotPosition(0, "a") }])),
    ).toBe(workshop);
    expect(
      refused(
        placePeople(workshop, [{ id: "ghost", tierId: SALES, position: slotPosition(0, "a") }]),
      ),
    ).toMatch(/no longer/);
    expect(
      refused(
        placePeople(workshop, [{ id: "ada", tierId: "gone", position: slotPosition(0, "a") }]),
      ),
    ).toMatch(/tier/);
  });

  it("removes people with their relationships", () => {
    const next = ok(removeItems(workshop, ["grace"]));
    expect(next.people.map((p) => p.id)).toEqual(["ada", "alan"]);
    expect(next.relationships).toEqual([]);
  });
});

describe("relationships", () => {
  it("connects two people at strength 3 (Working)", () => {
    const result = connect(workshop, "alan", "grace", undefined, "r-new");
    expect(ok(result).relationships.at(-1)).toEqual({
      id: "r-new",
      source: "alan",
      target: "grace",
      strength: 3,
    });
  });

  it("refuses self-links, duplicates in either direction and unknown people", () => {
    expect(refused(connect(workshop, "ada", "ada"))).toMatch(/themselves/);
    expect(refused(connect(workshop, "grace", "ada"))).toBe(
      "Grace Hopper and Ada Lovelace are already connected.",
    );
    expect(refused(connect(workshop, "ada", "nobody"))).toMatch(/Both people/);
  });

  it("allows internal links between people of the same organisation", () => {
    expect(ok(connect(workshop, "ada", "alan")).relationships).toHaveLength(2);
  });

  it("re-rates and annotates, dropping cleared notes", () => {
    const id = workshop.relationships[0]?.id ?? "";
    const rated = ok(
      updateRelationships(workshop, [id], {
        strength: 2,
        notes: "Quarterly call",
        lastContact: "2024-04-02",
      }),
    );
    expect(rated.relationships[0]).toMatchObject({
      strength: 2,
      notes: "Quarterly call",
      lastContact: "2024-04-02",
    });
    expect(
      ok(updateRelationships(rated, [id], { notes: "  " })).relationships[0]?.notes,
    ).toBeUndefined();
    expect(ok(removeItems(rated, [], [id])).relationships).toEqual([]);
  });
});

describe("map-wide edits", () => {
  it("tidies cards onto the grid and leaves already tidy people untouched", () => {
    const messy = ok(placePerson(workshop, "alan", SALES, { x: 300, y: 200 }));
    const tidied = ok(tidy(messy));
    expect(tidied.people[0]).toBe(messy.people[0]);
    expect(tidied.people[2]?.position).toEqual(slotPosition(1, "a"));
  });

  it("renames the map and the organisations, refusing blanks and bad colours", () => {
    expect(ok(renameMap(workshop, " Acme × Globex ")).name).toBe("Acme × Globex");
    expect(refused(renameMap(workshop, ""))).toMatch(/name/);
    expect(ok(updateOrg(workshop, "b", { name: "Globex Cloud", color: "#112233" })).orgs.b).toEqual(
      { name: "Globex Cloud", color: "#112233" },
    );
    expect(ok(updateOrg(workshop, "a", { color: "#abcdef" })).orgs.a.name).toBe("Acme");
    expect(refused(updateOrg(workshop, "b", { name: " " }))).toMatch(/name/);
    expect(refused(updateOrg(workshop, "b", { color: "red" }))).toMatch(/colour/);
  });

  it("changes the healthy threshold", () => {
    expect(ok(setHealthyThreshold(workshop, 4)).settings.healthyThreshold).toBe(4);
  });
});

describe("edits that change nothing", () => {
  it("give the same map back, so they never cost an undo step", () => {
    expect(ok(tidy(ok(tidy(workshop))))).toBe(ok(tidy(workshop)));
    const id = workshop.relationships[0]?.id ?? "";
    expect(ok(updateRelationships(workshop, [id], { strength: 4 }))).toBe(workshop);
    expect(ok(updateRelationships(workshop, [id], { notes: "" }))).toBe(workshop);
  });
});
