import { describe, expect, it } from "vitest";
import { slotPosition } from "../../../src/domain/cellPlaces";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  CELL_PADDING,
  COLUMN_WIDTH,
  canvasPosition,
  columnAt,
  computeLayout,
  HEADER_HEIGHT,
  laneAt,
  MIN_LANE_HEIGHT,
  placementAt,
  sameLayout,
  vacantCells,
} from "../../../src/domain/layout";
import { aMap, tierId } from "../builders";

const EXEC = tierId("Executive sponsor");
const ALLIANCE = tierId("Alliance management");

describe("canvas layout", () => {
  it("puts our column on the left, the partner's on the right, lanes stacked in tier order", () => {
    const layout = computeLayout(aMap().build());
    expect(layout.columns.a.x).toBeLessThan(layout.columns.b.x);
    expect(layout.columns.b.x - layout.columns.a.x).toBeGreaterThan(COLUMN_WIDTH);
    expect(layout.lanes.map((l) => l.name)).toEqual([
      "Executive sponsor",
      "Alliance management",
      "Sales",
      "Marketing",
      "Technical / delivery",
      "Operations / support",
    ]);
    expect(layout.lanes[0]?.y).toBe(HEADER_HEIGHT);
    expect(layout.lanes.every((l) => l.height === MIN_LANE_HEIGHT)).toBe(true);
    expect(layout.height).toBe(HEADER_HEIGHT + 6 * MIN_LANE_HEIGHT);
  });

  it("grows a lane to hold its lowest card and pushes the lanes below down", () => {
    const map = aMap()
      .withPerson("ada", { org: "a", tier: "Executive sponsor", at: slotPosition(6, "a") })
      .build();
    const layout = computeLayout(map);
    const exec = layout.laneByTier.get(EXEC);
    expect(exec?.height).toBe(slotPosition(6, "a").y + CARD_HEIGHT + CELL_PADDING);
    expect(layout.laneByTier.get(ALLIANCE)?.y).toBe(HEADER_HEIGHT + (exec?.height ?? 0));
  });

  it("maps a cell-relative position to the canvas and back through a drop", () => {
    const map = aMap()
      .withPerson("ada", { org: "b", tier: "Alliance management", at: { x: 232, y: 16 } })
      .build();
    const layout = computeLayout(map);
    const ada = map.people[0];
    if (!ada) throw new Error("no person");
    const at = canvasPosition(layout, ada);
    expect(at).toEqual({
      x: layout.columns.b.x + 232,
      y: (layout.laneByTier.get(ALLIANCE)?.y ?? 0) + 16,
    });
    expect(at && placementAt(layout, "b", at)).toEqual({
      tierId: ALLIANCE,
      position: { x: 232, y: 16 },
    });
  });

  it("has no canvas position for people still in the roster", () => {
    const map = aMap().withPerson("ada", { org: "a", tier: "Sales" }).build();
    const ada = map.people[0];
    expect(ada && canvasPosition(computeLayout(map), ada)).toBeUndefined();
  });

  it("keeps a card dropped on the other side in its own column, at the nearest point", () => {
    const layout = computeLayout(aMap().build());
    const farRight = { x: layout.columns.b.x + 100, y: HEADER_HEIGHT + 10 };
    const spot = placementAt(layout, "a", farRight);
    expect(spot?.tierId).toBe(EXEC);
    expect(spot?.position.x).toBe(COLUMN_WIDTH - CELL_PADDING - CARD_WIDTH);
  });

  it("sets the tier from the lane under the card's centre, clamping above and below the lanes", () => {
    const layout = computeLayout(aMap().build());
    const sales = layout.lanes[2];
    if (!sales) throw new Error("no lane");
    expect(placementAt(layout, "a", { x: 300, y: sales.y + 5 })?.tierId).toBe(sales.tierId);
    expect(placementAt(layout, "a", { x: 300, y: -500 })?.tierId).toBe(EXEC);
    expect(placementAt(layout, "a", { x: 300, y: 99999 })?.tierId).toBe(layout.lanes[5]?.tierId);
    // A drop low in a lane stays inside it rather than stretching it.
    expect(
      placementAt(layout, "a", { x: 300, y: sales.y + sales.height - CARD_HEIGHT / 2 - 1 })
        ?.position.y,
    ).toBe(CELL_PADDING);
  });

  it("finds no lane when the map has no tiers", () => {
    const layout = computeLayout({ tiers: [], people: [] });
    expect(laneAt(layout, 100)).toBeUndefined();
    expect(placementAt(layout, "a", { x: 0, y: 0 })).toBeUndefined();
  });

  it("tells which column a point is nearer to", () => {
    const layout = computeLayout(aMap().build());
    expect(columnAt(layout, layout.columns.a.x)).toBe("a");
    expect(columnAt(layout, layout.columns.b.x + 10)).toBe("b");
  });
});

describe("vacant cells", () => {
  it("are the empty side of every tier staffed on one side only", () => {
    const people = [
      { org: "a" as const, tierId: "exec" },
      { org: "b" as const, tierId: "exec" },
      { org: "a" as const, tierId: "sales" },
      { org: "a" as const, tierId: "sales" },
      { org: "b" as const, tierId: "ops:emea" },
    ];
    expect([...vacantCells(people)].sort()).toEqual(["a:ops:emea", "b:sales"]);
  });

  it("are none on an empty map", () => {
    expect(vacantCells([]).size).toBe(0);
  });
});

describe("sameLayout", () => {
  const at = (slot: number) =>
    aMap()
      .withPerson("ada", { org: "a", tier: "Executive sponsor", at: slotPosition(slot, "a") })
      .build();
  it("a layout computed again for the same people is the same", () => {
    expect(sameLayout(computeLayout(at(1)), computeLayout(at(1)))).toBe(true);
  });
  it("a card moved down its lane makes the lane grow: another layout", () => {
    expect(sameLayout(computeLayout(at(1)), computeLayout(at(6)))).toBe(false);
  });
  it("a renamed tier is another layout (its lane carries the name)", () => {
    const map = at(1);
    const renamed = {
      ...map,
      tiers: map.tiers.map((t, i) => (i === 0 ? { ...t, name: "Renamed" } : t)),
    };
    expect(sameLayout(computeLayout(map), computeLayout(renamed))).toBe(false);
  });
});
