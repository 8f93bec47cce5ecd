import { describe, expect, it } from "vitest";
import { cardCentredOn, LABEL_BAND_REACH, newCardAt } from "../../../src/canvas/newCard";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  COLUMN_WIDTH,
  computeLayout,
  HEADER_HEIGHT,
} from "../../../src/domain/layout";
import { aMap, tierId } from "../builders";

const layout = computeLayout(aMap().withTiers("Executive sponsor", "Sales", "Marketing").build());
const lane = (name: string) => {
  const found = layout.laneByTier.get(tierId(name));
  if (!found) throw new Error(`no lane ${name}`);
  return found;
};
const { a, b } = layout.columns;
const salesMiddle = lane("Sales").y + lane("Sales").height / 2;

describe("cardCentredOn", () => {
  it("puts the card's middle on the point", () => {
    const corner = cardCentredOn({ x: 500, y: 300 });
    expect(corner.x + CARD_WIDTH / 2).toBe(500);
    expect(corner.y + CARD_HEIGHT / 2).toBe(300);
  });
});

describe("newCardAt", () => {
  it("adds to the lane and column under the point, with the card centred on it", () => {
    const point = { x: b.x + 300, y: lane("Marketing").y + 50 };
    const spot = newCardAt(layout, point);
    expect(spot).toEqual({
      org: "b",
      tierId: tierId("Marketing"),
      position: { x: 300 - CARD_WIDTH / 2, y: 50 - CARD_HEIGHT / 2 },
    });
  });

  it("in the gutter between the columns, adds to the nearer one", () => {
    const gutterStart = a.x + COLUMN_WIDTH;
    expect(newCardAt(layout, { x: gutterStart + 10, y: salesMiddle })?.org).toBe("a");
    expect(newCardAt(layout, { x: b.x - 10, y: salesMiddle })?.org).toBe("b");
  });

  it("just left of our column still counts, as far as the label band's reach", () => {
    expect(newCardAt(layout, { x: a.x - LABEL_BAND_REACH, y: salesMiddle })).toMatchObject({
      org: "a",
      tierId: tierId("Sales"),
    });
    expect(newCardAt(layout, { x: a.x - LABEL_BAND_REACH - 1, y: salesMiddle })).toBeUndefined();
  });

  it("adds nobody on the headers, below the last lane, or right of the board", () => {
    expect(newCardAt(layout, { x: a.x + 100, y: HEADER_HEIGHT - 1 })).toBeUndefined();
    expect(newCardAt(layout, { x: a.x + 100, y: layout.height + 1 })).toBeUndefined();
    expect(newCardAt(layout, { x: layout.width + 1, y: salesMiddle })).toBeUndefined();
  });

  it("takes the first lane at the header's lower edge and the last at the board's", () => {
    expect(newCardAt(layout, { x: a.x, y: HEADER_HEIGHT })?.tierId).toBe(
      tierId("Executive sponsor"),
    );
    expect(newCardAt(layout, { x: layout.width, y: layout.height })?.tierId).toBe(
      tierId("Marketing"),
    );
  });
});
