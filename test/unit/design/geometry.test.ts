import { describe, expect, it } from "vitest";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  handlePoint,
  handlesFor,
  LEGEND_HEIGHT,
  legendBox,
} from "../../../src/design/geometry";
import { SIZE } from "../../../src/design/tokens";

describe("where lines leave and enter cards", () => {
  it("uses the facing sides of cards side by side, either way round", () => {
    expect(handlesFor({ x: 0 }, { x: 400 })).toEqual({ sourceHandle: "r", targetHandle: "l" });
    expect(handlesFor({ x: 400 }, { x: 0 })).toEqual({ sourceHandle: "l", targetHandle: "r" });
  });

  it("loops out on the right for cards (nearly) above one another", () => {
    expect(handlesFor({ x: 0 }, { x: CARD_WIDTH / 2 })).toEqual({
      sourceHandle: "r",
      targetHandle: "r",
    });
  });

  it("meets a card half way down, just outside its right edge or inside its band", () => {
    const right = handlePoint({ x: 100, y: 50 }, "r");
    const left = handlePoint({ x: 100, y: 50 }, "l");
    expect(right.y).toBe(50 + CARD_HEIGHT / 2);
    expect(left.y).toBe(right.y);
    expect(right.x).toBeGreaterThan(100 + CARD_WIDTH);
    expect(left.x).toBeGreaterThanOrEqual(100);
    expect(left.x).toBeLessThan(100 + SIZE.cardBand);
  });
});

describe("the legend strip", () => {
  it("sits a gap under the lanes and fills the rest of its room", () => {
    const box = legendBox(500);
    expect(box.top).toBe(500 + SIZE.legendGap);
    expect(box.top + box.height).toBe(500 + LEGEND_HEIGHT);
  });
});
