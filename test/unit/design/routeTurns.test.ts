import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_APART } from "../../../src/design/routeShapes";
import { type Crossing, TURN_ROOM, TURN_STEP, turnsOf } from "../../../src/design/routeTurns";

const overlap = (p: Crossing, q: Crossing) =>
  Math.max(p.ours, p.theirs) > Math.min(q.ours, q.theirs) &&
  Math.max(q.ours, q.theirs) > Math.min(p.ours, p.theirs);
const direction = (c: Crossing) => Math.sign(c.theirs - c.ours);
/** Whether p lies above q at both ends, so the two need not cross. */
const above = (p: Crossing, q: Crossing) => p.ours < q.ours && p.theirs < q.theirs;

describe("where S-curves across the gutter turn", () => {
  it("turns the one above, of two going down, to the right of the other", () => {
    const { offset } = turnsOf([
      { ours: 100, theirs: 600 },
      { ours: 112, theirs: 632 },
    ]);
    expect(offset[0]).toBe(TURN_STEP / 2);
    expect(offset[1]).toBe(-TURN_STEP / 2);
  });

  it("turns the one above, of two going up, to the left of the other", () => {
    const { offset } = turnsOf([
      { ours: 600, theirs: 100 },
      { ours: 632, theirs: 112 },
    ]);
    expect(offset[0]).toBe(-TURN_STEP / 2);
    expect(offset[1]).toBe(TURN_STEP / 2);
  });

  it("lets S-curves that cannot meet, level ones and those going the other way turn in the middle", () => {
    const { offset } = turnsOf([
      { ours: 100, theirs: 200 },
      { ours: 300, theirs: 400 },
      { ours: 150, theirs: 150 },
      { ours: 380, theirs: 120 },
    ]);
    expect(offset.every((x) => x === 0)).toBe(true);
  });

  it("moves an S only as far as the S-curves its height meets need", () => {
    const { offset } = turnsOf([
      { ours: 100, theirs: 600 },
      { ours: 112, theirs: 632 },
      { ours: 124, theirs: 664 },
      { ours: 800, theirs: 860 },
      { ours: 750, theirs: 820 }, // above the one before: right of it
    ]);
    expect([...offset].map((x) => x + 0)).toEqual([
      TURN_STEP,
      0,
      -TURN_STEP,
      -TURN_STEP / 2,
      TURN_STEP / 2,
    ]);
  });

  it("orders S-curves whose heights only come near each other", () => {
    // Nearly level, going up, a track apart: the one above turns left of the other.
    const { offset } = turnsOf([
      { ours: 178.2, theirs: 173.8 },
      { ours: 180.3, theirs: 178.2 },
    ]);
    expect(offset[0]).toBeLessThan(offset[1] as number);
  });

  it("draws a tall group in closer, and says so once lines cannot be told apart", () => {
    const fan = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ours: 100 + 10 * i, theirs: 900 + 10 * i }));
    const ten = turnsOf(fan(10));
    expect(Math.max(...ten.offset) - Math.min(...ten.offset)).toBeCloseTo(2 * TURN_ROOM);
    expect([...ten.crowded]).toEqual(new Array(10).fill(0));
    const many = turnsOf(fan(60));
    expect(many.crowded.every((c) => c === 1)).toBe(true);
  });

  it("keeps overlapping S-curves of one direction apart, in order, within the room", () => {
    const crossing = fc
      .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }))
      .map(([ours, theirs]) => ({ ours, theirs }));
    fc.assert(
      fc.property(fc.array(crossing, { maxLength: 40 }), (crossings) => {
        const { offset, crowded } = turnsOf(crossings);
        crossings.forEach((p, i) => {
          expect(Math.abs(offset[i] as number)).toBeLessThanOrEqual(TURN_ROOM + 1e-9);
          crossings.forEach((q, j) => {
            if (i === j || direction(p) === 0 || direction(p) !== direction(q) || !overlap(p, q))
              return;
            const apart = Math.abs((offset[i] as number) - (offset[j] as number));
            if (!crowded[i]) expect(apart).toBeGreaterThanOrEqual(MIN_APART - 1e-9);
            // Of two that need not cross, the one above turns right going down, left going up.
            if (above(p, q))
              expect(Math.sign((offset[i] as number) - (offset[j] as number))).toBe(direction(p));
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
