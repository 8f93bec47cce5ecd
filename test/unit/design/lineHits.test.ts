import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { routeEdges } from "../../../src/canvas/flowRoutes";
import { toFlow } from "../../../src/canvas/toFlow";
import { cubic, pathData, straight } from "../../../src/design/curves";
import {
  boxesMeet,
  boxOf,
  distanceToSegment,
  lineFinder,
  pathPoints,
  piecesBox,
} from "../../../src/design/lineHits";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { EMPTY_SELECTION } from "../../../src/store/selection";

const map = sampleAlliance("2024-05-14T09:00:00.000Z");
const layout = computeLayout(map);
const flow = toFlow({ map, analysis: analyseMap(map), layout, selection: EMPTY_SELECTION });
const edges = routeEdges(flow.nodes, flow.edges, layout);
const lines = edges.map((e) => ({ id: e.id, d: e.data?.path ?? "", box: e.data?.box }));

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

/** The nearest line within `reach`, by trying every segment of every line. */
function nearestByHand(p: { x: number; y: number }, reach: number): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const line of lines) {
    const points = pathPoints(line.d);
    for (let k = 1; k < points.length; k++) {
      const distance = distanceToSegment(p, at(points, k - 1), at(points, k));
      if (distance <= reach && (!best || distance <= best.distance))
        best = { id: line.id, distance };
    }
  }
  return best?.id;
}

describe("a line's points", () => {
  it("are the ends of its straight pieces and points along its curves", () => {
    const d = pathData([
      {
        from: { x: 0, y: 0 },
        c1: { x: 0, y: 0 },
        c2: { x: 10, y: 0 },
        to: { x: 10, y: 0 },
        line: true,
      },
      {
        from: { x: 10, y: 0 },
        c1: { x: 20, y: 0 },
        c2: { x: 20, y: 10 },
        to: { x: 20, y: 20 },
        line: false,
      },
    ]);
    const points = pathPoints(d);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points[1]).toEqual({ x: 10, y: 0 });
    expect(points.at(-1)).toEqual({ x: 20, y: 20 });
    // Four points along the curve, each inside the box of its control points.
    expect(points).toHaveLength(6);
    for (const p of points.slice(2)) {
      expect(p.x).toBeGreaterThanOrEqual(10);
      expect(p.x).toBeLessThanOrEqual(20);
    }
  });

  it("lie within the box the painted layer culls the line by", () => {
    for (const { d } of lines) {
      const box = boxOf(pathPoints(d));
      expect(box.width + box.height).toBeGreaterThan(0);
      for (const p of pathPoints(d))
        expect(boxesMeet(box, { ...p, width: 0, height: 0 })).toBe(true);
    }
  });
});

describe("finding the line under the pointer", () => {
  const find = lineFinder(lines, 12);

  it("finds each line at the middle of its label, where its page line would be hovered", () => {
    let found = 0;
    for (const edge of edges) {
      const at = { x: edge.data?.labelX ?? 0, y: edge.data?.labelY ?? 0 };
      const id = find(at);
      expect(id).toBeDefined();
      // Lines can share a track: then the one found is as near as this one.
      if (id === edge.id) found++;
    }
    expect(found).toBeGreaterThan(edges.length / 2);
  });

  it("finds nothing far from every line", () => {
    expect(find({ x: -500, y: -500 })).toBeUndefined();
  });

  it("agrees with trying every line, at any point (property)", () => {
    const box = boxOf(lines.flatMap((l) => pathPoints(l.d)));
    fc.assert(
      fc.property(
        fc.double({ min: box.x - 50, max: box.x + box.width + 50, noNaN: true }),
        fc.double({ min: box.y - 50, max: box.y + box.height + 50, noNaN: true }),
        (x, y) => {
          const id = find({ x, y });
          const byHand = nearestByHand({ x, y }, 12);
          expect(id === undefined).toBe(byHand === undefined);
          if (id && byHand) {
            // The same distance (two lines can be equally near): never a farther one.
            const distanceOf = (lineId: string) => {
              const points = pathPoints(lines.find((l) => l.id === lineId)?.d ?? "");
              return Math.min(
                ...points.slice(1).map((b, k) => distanceToSegment({ x, y }, at(points, k), b)),
              );
            };
            expect(distanceOf(id)).toBeCloseTo(distanceOf(byHand), 9);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("a line's box", () => {
  const grown = (b: { x: number; y: number; width: number; height: number }, by: number) => ({
    x: b.x - by,
    y: b.y - by,
    width: b.width + 2 * by,
    height: b.height + 2 * by,
  });
  const inside = (
    p: { x: number; y: number },
    b: { x: number; y: number; width: number; height: number },
  ) =>
    p.x >= b.x - 1e-9 &&
    p.x <= b.x + b.width + 1e-9 &&
    p.y >= b.y - 1e-9 &&
    p.y <= b.y + b.height + 1e-9;

  it("holds every point of every routed line of the sample alliance, and no more than its control points", () => {
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const box = line.box;
      if (!box) throw new Error(`line ${line.id} has no box`);
      const points = pathPoints(line.d);
      // The path writes its numbers to two decimals; the box holds them unrounded.
      expect(points.every((p) => inside(p, grown(box, 0.01)))).toBe(true);
      // At most the curves' control points stick out, never farther than a curve's bend.
      const sampled = boxOf(points);
      expect(box.width - sampled.width).toBeLessThan(40);
      expect(box.height - sampled.height).toBeLessThan(40);
    }
  });

  it("is exactly the ends' box for straight pieces, and takes a curve's control points", () => {
    const a = { x: -10, y: 5 };
    const b = { x: 30, y: -2.5 };
    const c = { x: 10, y: 7 };
    expect(piecesBox([straight(a, b), straight(b, c)])).toEqual({
      x: -10,
      y: -2.5,
      width: 40,
      height: 9.5,
    });
    expect(piecesBox([cubic(a, { x: 0, y: 50 }, { x: 20, y: 50 }, c)])).toEqual({
      x: -10,
      y: 5,
      width: 30,
      height: 45,
    });
    expect(piecesBox([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
