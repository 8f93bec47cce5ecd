import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distinctHeights, RangeMax, slotOf } from "../../../src/design/rangeMax";

/** Raises and reads, each on a range of slots [from, to] (either way round). */
const arbOps = (slots: number) =>
  fc.array(
    fc.record({
      raise: fc.boolean(),
      from: fc.integer({ min: 0, max: slots - 1 }),
      to: fc.integer({ min: 0, max: slots - 1 }),
      value: fc.double({ min: -50, max: 50, noNaN: true }),
    }),
    { maxLength: 60 },
  );

describe("RangeMax", () => {
  it("reads what a plain array of slots reads, after any raises", () => {
    const arb = fc
      .integer({ min: 1, max: 40 })
      .chain((slots) => fc.tuple(fc.constant(slots), arbOps(slots)));
    fc.assert(
      fc.property(arb, ([slots, ops]) => {
        const tree = new RangeMax(slots, Number.NEGATIVE_INFINITY);
        const plain = new Array<number>(slots).fill(Number.NEGATIVE_INFINITY);
        for (const { raise, from, to, value } of ops) {
          const [lo, hi] = from <= to ? [from, to] : [to, from];
          if (raise) {
            tree.raise(lo, hi, value);
            for (let i = lo; i <= hi; i++) plain[i] = Math.max(plain[i] as number, value);
          } else {
            expect(tree.max(lo, hi)).toBe(Math.max(...plain.slice(lo, hi + 1)));
          }
        }
      }),
    );
  });

  it("starts every slot at its `none`, again after clear, and an empty range reads `none`", () => {
    const tree = new RangeMax(5, -1);
    expect(tree.max(0, 4)).toBe(-1);
    tree.raise(1, 3, 7);
    expect(tree.max(0, 0)).toBe(-1);
    expect(tree.max(3, 4)).toBe(7);
    expect(tree.max(3, 2)).toBe(-1);
    tree.clear();
    expect(tree.max(0, 4)).toBe(-1);
  });
});

describe("distinctHeights and slotOf", () => {
  it("sort the heights of every list once each, and find each one's slot", () => {
    const heights = distinctHeights([Float64Array.of(5, -2, 5), Float64Array.of(0.5, -2)]);
    expect([...heights]).toEqual([-2, 0.5, 5]);
    expect([-2, 0.5, 5].map((h) => slotOf(heights, h))).toEqual([0, 1, 2]);
    expect(slotOf(heights, 1)).toBe(2);
  });
});
