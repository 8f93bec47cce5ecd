/**
 * The shapes of a routed line (see routing.ts, which decides where each line runs): the drop
 * from a card's edge into its channel, the straight run to the gutter, the S across it, the
 * loop back into the same column and the run along a channel, all with rounded corners.
 */
import type { OrgKey } from "../domain/model";
import { corner, cubic, type Piece, type Point, reversed, straight } from "./curves";

export interface RouteCard {
  x: number;
  y: number;
  org: OrgKey;
}

/** For each organisation, the x of its column's edge that faces the gutter. */
export type Gutter = Readonly<Record<OrgKey, number>>;

export type Port = "side" | "up" | "down";

/** One end of a line: where it meets its card, and how it reaches the gutter. */
export interface End {
  link: string;
  card: RouteCard;
  other: RouteCard;
  port: Port;
  /** Where the line meets the card; filled in per port. */
  at: Point;
  /** The y at which the line reaches the gutter (or runs along its channel). */
  track: number;
  /** How far into the gutter the line runs straight before it turns (see `stagger`). */
  reach: number;
  /** The line's other end. */
  mate?: End;
  /** Whether `track` is set (ends in channels get theirs before the sides are spread). */
  settled?: boolean;
  /** The other end, when both run in one channel and the line stays in it. */
  partner?: End;
  /** Scratch: where the line goes in its port's or channel's order, worked out once per sort. */
  order: number;
}

/** Lines packed closer than this, centre to centre, cannot be told apart. */
export const MIN_APART = 2;

export const towardsGutter = (org: OrgKey): number => (org === "a" ? 1 : -1);

/** The radius of a line's turn into or out of a channel, and of a loop's corners. */
const CORNER = 6;
const LOOP_CORNER = 10;
/** An S's control points stay this far inside its two ends (across the gutter). */
const S_MARGIN = 16;

export /** A vertical drop from where the line meets the card to its track, and the rounded turn. */
function dropToTrack(end: End, towards: number, room: number): Piece[] {
  const { at, track } = end;
  const v = Math.sign(track - at.y);
  const r = Math.min(CORNER, Math.abs(track - at.y), room);
  const bend = { x: at.x, y: track - v * r };
  const pieces: Piece[] = [];
  if (Math.abs(bend.y - at.y) > 0.01) pieces.push(straight(at, bend));
  pieces.push(corner(bend, { x: at.x + towards * r, y: track }, true));
  return pieces;
}

/** Where an end's line has run straight into the gutter, ready to cross it or loop back. */
const inGutter = (end: End, gutter: Gutter): Point => ({
  x: gutter[end.card.org] + towardsGutter(end.card.org) * end.reach,
  y: end.track,
});

export /** From where the line meets the card to the column's edge at the gutter. */
function lead(end: End, gutter: Gutter): Piece[] {
  const { at, card } = end;
  const dir = towardsGutter(card.org);
  const reach = inGutter(end, gutter);
  const gx = reach.x;
  if (end.port === "side") return (gx - at.x) * dir > 0.5 ? [straight(at, reach)] : [];
  const pieces = dropToTrack(end, dir, Math.abs(gx - at.x));
  const out = (pieces.at(-1) as Piece).to;
  if ((gx - out.x) * dir > 0.01) pieces.push(straight(out, reach));
  return pieces;
}

/** Two cards whose lines share one channel (same row, or rows one above the other): along it. */
export function alongChannel(from: End, to: End): Piece[] {
  const towards = Math.sign(to.at.x - from.at.x) || 1;
  const room = Math.abs(to.at.x - from.at.x) / 2;
  const out = dropToTrack(from, towards, room);
  const back = dropToTrack(to, -towards, room).reverse().map(reversed);
  return [...out, straight((out.at(-1) as Piece).to, (back[0] as Piece).from), ...back];
}

/**
 * Across the gutter, between the columns: an S whose middle (the cubic at t = ½: ⅛ of each
 * end's x, ¾ of the control points') sits on its turning line `turn` (see routeTurns.ts),
 * however far its ends ran straight first; the control points kept between the ends, so the S
 * leaves each end smoothly.
 */
export function sCurve(from: End, to: End, gutter: Gutter, turn: number): Piece[] {
  const p = inGutter(from, gutter);
  const q = inGutter(to, gutter);
  const c = (8 * turn - p.x - q.x) / 6;
  const [left, right] = p.x < q.x ? [p.x, q.x] : [q.x, p.x];
  const x = Math.min(right - S_MARGIN, Math.max(left + S_MARGIN, c));
  return [cubic(p, { x, y: p.y }, { x, y: q.y }, q)];
}

/**
 * Back into the same column: a loop `depth` out into the gutter with rounded corners (loops
 * side by side then stay apart, and loops cross square on).
 */
export function loopBack(from: End, to: End, gutter: Gutter, depth: number): Piece[] {
  const dir = towardsGutter(from.card.org);
  const p = inGutter(from, gutter);
  const q = inGutter(to, gutter);
  const x = gutter[from.card.org] + dir * depth;
  const v = Math.sign(q.y - p.y) || 1;
  const r = Math.min(LOOP_CORNER, Math.abs(q.y - p.y) / 2, Math.abs(x - p.x), Math.abs(x - q.x));
  const out = { x: x - dir * r, y: p.y };
  const down = { x, y: p.y + v * r };
  const up = { x, y: q.y - v * r };
  const back = { x: x - dir * r, y: q.y };
  const pieces = [straight(p, out), corner(out, down, false)];
  if (Math.abs(up.y - down.y) > 0.01) pieces.push(straight(down, up));
  pieces.push(corner(up, back, true), straight(back, q));
  return pieces.filter(
    (piece) =>
      !piece.line || Math.hypot(piece.to.x - piece.from.x, piece.to.y - piece.from.y) > 0.01,
  );
}
