import { describe, expect, it } from "vitest";
import {
  freeSpotInCell,
  inReadingOrder,
  slotPosition,
  tidyPositions,
} from "../../../src/domain/cellPlaces";
import { aMap, tierId } from "../builders";

describe("free spots and tidy", () => {
  const twoPlaced = aMap()
    .withPerson("ada", { org: "a", tier: "Sales", at: slotPosition(0, "a") })
    .withPerson("alan", { org: "a", tier: "Sales", at: slotPosition(1, "a") })
    .build();

  it("gives the wished spot when it is free, else the nearest free slot", () => {
    // Our side fills from the right, nearest the partner: 448 and 232 are taken, 16 is free.
    expect(slotPosition(0, "a")).toEqual({ x: 448, y: 16 });
    expect(freeSpotInCell(twoPlaced, "a", tierId("Sales"), { x: 16, y: 16 })).toEqual({
      x: 16,
      y: 16,
    });
    // Straight below is nearer than the far end of the row.
    expect(freeSpotInCell(twoPlaced, "a", tierId("Sales"), { x: 440, y: 20 })).toEqual(
      slotPosition(3, "a"),
    );
    expect(freeSpotInCell(twoPlaced, "a", tierId("Sales"))).toEqual(slotPosition(2, "a"));
    expect(freeSpotInCell(twoPlaced, "b", tierId("Sales"), { x: 20, y: 20 })).toEqual({
      x: 20,
      y: 20,
    });
  });

  it("ignores the card being moved when looking for room", () => {
    expect(freeSpotInCell(twoPlaced, "a", tierId("Sales"), { x: 16, y: 16 }, "ada")).toEqual({
      x: 16,
      y: 16,
    });
  });

  it("lines every placed card up on its cell's grid, rows in order, each from the side facing the partner", () => {
    const messy = aMap()
      .withPerson("low", { org: "a", tier: "Sales", at: { x: 300, y: 300 } })
      .withPerson("high", { org: "a", tier: "Sales", at: { x: 400, y: 20 } })
      .withPerson("left", { org: "a", tier: "Sales", at: { x: 16, y: 20 } })
      .withPerson("partner", { org: "b", tier: "Sales", at: { x: 50, y: 50 } })
      .withPerson("roster", { org: "a", tier: "Sales" })
      .build();
    const tidy = tidyPositions(messy);
    // "high" is further right (nearer the partner) than "left" on the top row.
    expect(tidy.get("high")).toEqual(slotPosition(0, "a"));
    expect(tidy.get("left")).toEqual(slotPosition(1, "a"));
    expect(tidy.get("low")).toEqual(slotPosition(2, "a"));
    expect(tidy.get("partner")).toEqual(slotPosition(0, "b"));
    expect(slotPosition(0, "b")).toEqual({ x: 16, y: 16 });
    expect(tidy.has("roster")).toBe(false);
    expect(tidyPositions({ people: [...messy.people].reverse() })).toEqual(tidy);
  });

  it("reads a tier top to bottom, each row from the side facing the partner, roster last", () => {
    const map = aMap()
      .withPerson("roster", { org: "a", tier: "Sales" })
      .withPerson("outer", { org: "a", tier: "Sales", at: { x: 16, y: 16 } })
      .withPerson("inner", { org: "a", tier: "Sales", at: { x: 232, y: 16 } })
      .withPerson("below", { org: "a", tier: "Sales", at: { x: 448, y: 104 } })
      .withPerson("roster2", { org: "a", tier: "Sales" })
      .withPerson("partner-outer", { org: "b", tier: "Sales", at: { x: 448, y: 16 } })
      .withPerson("partner-inner", { org: "b", tier: "Sales", at: { x: 16, y: 16 } })
      .build();
    const order = (org: string) =>
      inReadingOrder(map.people.filter((p) => p.org === org)).map((p) => p.id);
    expect(order("a")).toEqual(["inner", "outer", "below", "roster", "roster2"]);
    expect(order("b")).toEqual(["partner-inner", "partner-outer"]);
  });
});
