import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freeSlotsInCell, freeSpotInCell, slotPosition } from "../../../src/domain/cellPlaces";
import { CARD_HEIGHT, CARD_WIDTH } from "../../../src/domain/layout";
import type { PeerMap, Person } from "../../../src/domain/model";
import { placeWaiting, waitingPlacements } from "../../../src/domain/placeWaiting";
import { validateMap } from "../../../src/domain/validateMap";
import { arbPeerMap } from "../arbitraries";
import { aMap, tierId } from "../builders";

const SALES = tierId("Sales");

const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Executive sponsor", "Sales")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada", at: slotPosition(0, "a") })
  .withPerson("bob", { org: "a", tier: "Sales", name: "Bob" })
  .withPerson("cy", { org: "a", tier: "Sales", name: "Cy" })
  .withPerson("dee", { org: "b", tier: "Executive sponsor", name: "Dee" })
  .build();

const overlap = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.abs(p.x - q.x) < CARD_WIDTH && Math.abs(p.y - q.y) < CARD_HEIGHT;

/** No newly placed card lies on another card of its cell (cards placed before may overlap). */
function noCardsOverlap(before: PeerMap, next: PeerMap) {
  const placed = next.people.filter((p) => p.position);
  const wasPlaced = new Set(before.people.filter((p) => p.position).map((p) => p.id));
  placed.forEach((p, i) => {
    for (const q of placed.slice(i + 1)) {
      if (wasPlaced.has(p.id) && wasPlaced.has(q.id)) continue;
      if (p.org === q.org && p.tierId === q.tierId && p.position && q.position)
        expect(overlap(p.position, q.position), `${p.id} and ${q.id}`).toBe(false);
    }
  });
}

describe("waitingPlacements", () => {
  it("puts each waiting person where the add form would, one after the other", () => {
    const bob = freeSpotInCell(map, "a", SALES);
    expect(waitingPlacements(map)).toEqual([
      { id: "bob", tierId: SALES, position: bob },
      { id: "cy", tierId: SALES, position: slotPosition(2, "a") },
      { id: "dee", tierId: tierId("Executive sponsor"), position: slotPosition(0, "b") },
    ]);
    expect(bob).toEqual(slotPosition(1, "a"));
  });

  it("places only the people asked for", () => {
    expect(waitingPlacements(map, new Set(["cy"])).map((p) => p.id)).toEqual(["cy"]);
  });
});

describe("freeSlotsInCell", () => {
  it("gives the spots the add form would give, one person after another, on any map", () => {
    fc.assert(
      fc.property(arbPeerMap(), fc.integer({ min: 1, max: 12 }), (any, count) => {
        const { org, tierId } = any.people[0] ?? { org: "a" as const, tierId: "t0" };
        let people = any.people;
        const oneByOne = Array.from({ length: count }, (_, i) => {
          const position = freeSpotInCell({ people }, org, tierId);
          people = [...people, { id: `new${i}`, org, name: "New", tierId, position }];
          return position;
        });
        expect(freeSlotsInCell(any, org, tierId, count)).toEqual(oneByOne);
      }),
    );
  });

  it("gives the same spots in a crowded cell, cards anywhere in it", () => {
    const anywhere = fc.record({
      x: fc.integer({ min: 0, max: 460 }),
      y: fc.integer({ min: 0, max: 500 }),
    });
    const crowd = fc.array(anywhere, { minLength: 13, maxLength: 60 });
    fc.assert(
      fc.property(crowd, fc.integer({ min: 1, max: 30 }), (positions, count) => {
        let people: Person[] = positions.map((position, i) => ({
          id: `p${i}`,
          org: "b",
          name: "Placed",
          tierId: "t",
          position,
        }));
        const map = { people };
        const oneByOne = Array.from({ length: count }, (_, i) => {
          const position = freeSpotInCell({ people }, "b", "t");
          people = [...people, { id: `new${i}`, org: "b", name: "New", tierId: "t", position }];
          return position;
        });
        expect(freeSlotsInCell(map, "b", "t", count)).toEqual(oneByOne);
      }),
    );
  });
});

describe("placeWaiting", () => {
  it("places everyone waiting, keeps the placed where they are, in one new map", () => {
    const result = placeWaiting(map);
    if (!result.ok) throw new Error(result.reason);
    expect(result.map.people.every((p) => p.position)).toBe(true);
    expect(result.map.people[0]).toBe(map.people[0]);
    expect(result.map.relationships).toBe(map.relationships);
    noCardsOverlap(map, result.map);
    expect(validateMap(result.map)).toEqual([]);
  });

  it("returns the same map when nobody is waiting", () => {
    const result = placeWaiting(map);
    if (!result.ok) throw new Error(result.reason);
    expect(placeWaiting(result.map)).toEqual({ ok: true, map: result.map });
  });

  it("never puts two cards of a cell on top of each other, on any map", () => {
    fc.assert(
      fc.property(arbPeerMap(), (any) => {
        const result = placeWaiting(any);
        if (!result.ok) throw new Error(result.reason);
        expect(result.map.people.every((p) => p.position)).toBe(true);
        const before = any.people.filter((p) => p.position);
        for (const p of before) expect(result.map.people.find((q) => q.id === p.id)).toBe(p);
        noCardsOverlap(any, result.map);
      }),
    );
  });
});
