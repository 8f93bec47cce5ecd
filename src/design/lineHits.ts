/**
 * Which line is under the pointer, from the lines' path data alone: the live board paints its
 * lines on one canvas at far zoom (src/canvas/painted), where the page has no line element to
 * be hovered or clicked. The paths are the routing's (curves.ts: `M`, then `L` and `C`).
 */
import type { Piece, Point } from "./curves";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A cubic piece is followed through these points (its ends and three between). */
const CURVE_STEPS = [0.25, 0.5, 0.75, 1];

/** The points a path runs through, its curves sampled: close enough to hit a line's click width (LINE_CLICK_WIDTH). */
export function pathPoints(d: string): Point[] {
  const points: Point[] = [];
  const commands = d.match(/[MLC][^MLC]*/g) ?? [];
  for (const command of commands) {
    const values = command
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const last = points.at(-1);
    if (command[0] === "C" && last && values.length >= 6) {
      const [x1, y1, x2, y2, x, y] = values as [number, number, number, number, number, number];
      for (const t of CURVE_STEPS) {
        const u = 1 - t;
        points.push({
          x: u * u * u * last.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
          y: u * u * u * last.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
        });
      }
    } else if (values.length >= 2) {
      points.push({ x: values[0] as number, y: values[1] as number });
    }
  }
  return points;
}

/** The smallest box holding `points`. */
export function boxOf(points: readonly Point[]): Box {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    left = Math.min(left, p.x);
    top = Math.min(top, p.y);
    right = Math.max(right, p.x);
    bottom = Math.max(bottom, p.y);
  }
  return left > right
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The box round a route's pieces: their ends and, for curves, their control points, so the
 * whole curve lies inside. The routing hands it out with the path: reading it back from the
 * path data took 65–190 ms for the 15,000 lines of a 5,000-person map when it first opened.
 */
export function piecesBox(pieces: readonly Piece[]): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  // A straight piece's control points are its ends.
  for (const { from, c1, c2, to } of pieces) {
    left = Math.min(left, from.x, c1.x, c2.x, to.x);
    right = Math.max(right, from.x, c1.x, c2.x, to.x);
    top = Math.min(top, from.y, c1.y, c2.y, to.y);
    bottom = Math.max(bottom, from.y, c1.y, c2.y, to.y);
  }
  return left > right
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: left, y: top, width: right - left, height: bottom - top };
}

export const boxesMeet = (a: Box, b: Box): boolean =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Distance from `p` to the segment from `a` to `b`. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export interface HitLine {
  id: string;
  d: string;
}

interface Segment {
  id: string;
  a: Point;
  b: Point;
}

/** Grid cells are this many canvas units square: a few cards' worth. */
const CELL = 96;

/**
 * Finds the line nearest a point, within `reach` (half the line's click width), among many:
 * each path's segments are filed under the grid cells they pass near, once; a lookup reads one
 * cell. Of lines equally near, the one drawn last (on top) wins.
 */
export function lineFinder(lines: readonly HitLine[], reach: number) {
  const cells = new Map<string, Segment[]>();
  const order = new Map<string, number>();
  lines.forEach((line, i) => {
    order.set(line.id, i);
    const points = pathPoints(line.d);
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1] as Point;
      const b = points[k] as Point;
      const segment = { id: line.id, a, b };
      const [x0, x1] = [Math.min(a.x, b.x) - reach, Math.max(a.x, b.x) + reach];
      const [y0, y1] = [Math.min(a.y, b.y) - reach, Math.max(a.y, b.y) + reach];
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
        for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
          const key = `${cx},${cy}`;
          const list = cells.get(key);
          if (list) list.push(segment);
          else cells.set(key, [segment]);
        }
      }
    }
  });
  return (p: Point): string | undefined => {
    const near = cells.get(`${Math.floor(p.x / CELL)},${Math.floor(p.y / CELL)}`) ?? [];
    let best: { id: string; distance: number } | undefined;
    for (const { id, a, b } of near) {
      const distance = distanceToSegment(p, a, b);
      if (distance > reach) continue;
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && (order.get(id) ?? 0) > (order.get(best.id) ?? 0))
      )
        best = { id, distance };
    }
    return best?.id;
  };
}
