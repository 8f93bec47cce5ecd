import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cubic, pathData, straight } from "../../../src/design/curves";

/** How path data wrote a coordinate before it was made faster: the rule it must keep. */
const written = (v: number): string => String(Math.round(v * 10) / 10);

const coordinate = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -5000, max: 5000 }),
  fc.integer({ min: -50_000, max: 50_000 }).map((tenths) => tenths / 10),
  fc.constantFrom(0, -0, 0.04, -0.04, 0.05, -0.05, -0.06, 9.95, -9.95, 1e21, -1e-7),
);
const point = fc.record({ x: coordinate, y: coordinate });

describe("path data", () => {
  it("writes every coordinate to a tenth exactly as String would", () => {
    fc.assert(
      fc.property(point, point, point, point, (a, b, c, d) => {
        const at = (p: { x: number; y: number }) => `${written(p.x)},${written(p.y)}`;
        expect(pathData([straight(a, b), cubic(b, c, d, a)])).toBe(
          `M${at(a)} L${at(b)} C${at(c)} ${at(d)} ${at(a)}`,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
