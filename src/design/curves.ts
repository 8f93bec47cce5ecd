/**
 * The few curve sums the line routing needs (src/design may use no package, so not React
 * Flow's): a path is a list of cubic Bézier pieces, written as SVG path data that the canvas,
 * the 2D-canvas painter (Path2D) and the SVG writer all read the same way.
 */

export interface Point {
  x: number;
  y: number;
}

/** One piece of a path: a cubic from `from` to `to`; `line` when it is straight. */
export interface Piece {
  from: Point;
  c1: Point;
  c2: Point;
  to: Point;
  line: boolean;
}

export const straight = (from: Point, to: Point): Piece => ({
  from,
  c1: from,
  c2: to,
  to,
  line: true,
});

export const cubic = (from: Point, c1: Point, c2: Point, to: Point): Piece => ({
  from,
  c1,
  c2,
  to,
  line: false,
});

// A quarter circle as a cubic: the control points sit this share of the radius along the tangents.
const KAPPA = 0.5523;

/** A rounded corner from `from` to `to`, leaving `from` vertically (or horizontally). */
export function corner(from: Point, to: Point, vertical: boolean): Piece {
  const k = KAPPA;
  return vertical
    ? cubic(
        from,
        { x: from.x, y: from.y + (to.y - from.y) * k },
        { x: to.x + (from.x - to.x) * k, y: to.y },
        to,
      )
    : cubic(
        from,
        { x: from.x + (to.x - from.x) * k, y: from.y },
        { x: to.x, y: to.y + (from.y - to.y) * k },
        to,
      );
}

export function pointAt(piece: Piece, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * piece.from.x + b * piece.c1.x + c * piece.c2.x + d * piece.to.x,
    y: a * piece.from.y + b * piece.c1.y + c * piece.c2.y + d * piece.to.y,
  };
}

export const reversed = (piece: Piece): Piece => ({
  from: piece.to,
  c1: piece.c2,
  c2: piece.c1,
  to: piece.from,
  line: piece.line,
});

/**
 * A coordinate to a tenth of a pixel (below what any screen or picture scale shows, and short),
 * written exactly as `String(Math.round(v * 10) / 10)` would: from the whole number of tenths,
 * because writing an integer is several times cheaper than writing a fraction, and a large map
 * writes some 100,000 of them per routing.
 */
function n(v: number): string {
  const tenths = Math.round(v * 10);
  // Beyond whole numbers a double holds exactly (and NaN), String's own way.
  if (!Number.isSafeInteger(tenths)) return String(tenths / 10);
  if (tenths === 0) return "0";
  const size = tenths < 0 ? -tenths : tenths;
  const digit = size % 10;
  const whole = (size - digit) / 10;
  const sign = tenths < 0 ? "-" : "";
  return digit === 0 ? `${sign}${whole}` : `${sign}${whole}.${digit}`;
}

/** SVG path data for pieces that join end to end. */
export function pathData(pieces: readonly Piece[]): string {
  const first = pieces[0];
  if (!first) return "";
  let d = `M${n(first.from.x)},${n(first.from.y)}`;
  for (const p of pieces) {
    d += p.line
      ? ` L${n(p.to.x)},${n(p.to.y)}`
      : ` C${n(p.c1.x)},${n(p.c1.y)} ${n(p.c2.x)},${n(p.c2.y)} ${n(p.to.x)},${n(p.to.y)}`;
  }
  return d;
}
