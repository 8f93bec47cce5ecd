import { describe, expect, it } from "vitest";
import {
  keepInCellRange,
  MAX_CELL_X,
  maxCellY,
  slotPosition,
  tidyPositions,
} from "../../../src/domain/cellPlaces";
import { placePerson, removeItems } from "../../../src/domain/edits";
import { CARDS_PER_ROW } from "../../../src/domain/layout";
import type { PeerMap } from "../../../src/domain/model";
import { aMap, applied, tierId } from "../builders";

const sales = tierId("Sales");
const base = aMap()
  .withTiers("Sales")
  .withPerson("ada", { org: "a", tier: "Sales", at: { x: 16, y: 16 } })
  .withPerson("far", { org: "a", tier: "Sales", at: { x: 16, y: 1_000_000 } })
  .withPerson("wide", { org: "b", tier: "Sales", at: { x: -50, y: 16 } })
  .build();

/** `count` of our people in one Sales cell, on the tidy grid in order. */
function crowdedCell(count: number): { handles: string[]; placed: PeerMap } {
  const handles = Array.from({ length: count }, (_, i) => `p${i}`);
  const crowded = aMap()
    .withTiers("Sales")
    .withPeople("a", "Sales", ...handles)
    .build();
  const placed: PeerMap = {
    ...crowded,
    people: crowded.people.map((p, i) => ({ ...p, position: slotPosition(i, "a") })),
  };
  return { handles, placed };
}

describe("keepInCellRange", () => {
  it("brings a card at y = 1,000,000 and one left of its column back inside, nowhere else", () => {
    const { map, moved } = keepInCellRange(base);
    expect(moved.map((p) => p.id)).toEqual(["far", "wide"]);
    const far = map.people.find((p) => p.id === "far")?.position;
    expect(far?.y).toBeLessThanOrEqual(maxCellY(2));
    expect(far?.y).toBeGreaterThan(16);
    expect(map.people.find((p) => p.id === "wide")?.position?.x).toBeGreaterThanOrEqual(0);
    expect(map.people[0]).toBe(base.people[0]);
  });

  it("returns the same map when every card is in range", () => {
    const inRange = keepInCellRange(base).map;
    const again = keepInCellRange(inRange);
    expect(again.map).toBe(inRange);
    expect(again.moved).toEqual([]);
  });

  it("always has room for the tidy grid of a crowded cell", () => {
    const { placed } = crowdedCell(500);
    expect(tidyPositions(placed).size).toBe(500);
    expect(keepInCellRange(placed).moved).toEqual([]);
  });

  it("the range allows a few thousand pixels even for one card, and the whole column width", () => {
    expect(maxCellY(1)).toBeGreaterThan(3000);
    expect(maxCellY(1)).toBeLessThan(5000);
    expect(maxCellY(3 * CARDS_PER_ROW)).toBe(maxCellY(1) + 2 * (maxCellY(4) - maxCellY(3)));
    expect(MAX_CELL_X).toBeGreaterThan(slotPosition(0, "a").x);
  });
});

describe("editing keeps cards in range", () => {
  it("placing a card far below its lane puts it within range", () => {
    const result = placePerson(base, "ada", sales, { x: 16, y: 5_000_000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const y = result.map.people.find((p) => p.id === "ada")?.position?.y ?? 0;
    expect(y).toBeLessThanOrEqual(maxCellY(2));
  });

  it("when many people leave a cell, a card left far down is brought up", () => {
    const count = 300;
    const { handles, placed } = crowdedCell(count);
    const next = applied(removeItems(placed, handles.slice(0, count - 1)));
    expect(next.people).toHaveLength(1);
    expect(next.people[0]?.position?.y).toBeLessThanOrEqual(maxCellY(1));
    expect(keepInCellRange(next).moved).toEqual([]);
  });
});
