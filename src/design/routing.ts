/**
 * Where every line of the map runs: one rule, used by the canvas and by the pictures, so the
 * two draw the same paths.
 *
 * A line has three parts. Out of its first card to the edge of that card's column facing the
 * gutter (a "lead"), across the gutter (one smooth curve), and into its second card the same
 * way. A card with nothing between it and the gutter sends its lines out of that side, fanned
 * out along it, ordered by where the other ends are so they do not cross needlessly. A card
 * behind another (farther from the gutter) sends them out of its top or bottom edge into the
 * free channel between rows, along it past the front cards, and only then across (each S
 * about its own turning line, see routeTurns.ts): no line runs under a card that is not one
 * of its ends. Lines sharing a channel get their own tracks, in the order they go on in
 * (routeEnds.ts). Internal links loop into the gutter and back, or, between cards whose lines
 * share a channel, stay in it.
 *
 * For cards on the grid (Tidy, new cards) this holds exactly; cards dragged anywhere in their
 * cell get the same rule, best effort.
 */
import type { CanvasLayout } from "../domain/layout";
import { type Piece, type Point, pathData, pointAt, reversed } from "./curves";
import { type Box, piecesBox } from "./lineHits";
import { distinctHeights, RangeMax, slotOf } from "./rangeMax";
import {
  attach,
  balanced,
  CHANNEL_CAPACITY,
  cardsBehind,
  channelKeyOf,
  channelOf,
  endOf,
  stagger,
  tracks,
} from "./routeEnds";
import {
  alongChannel,
  type End,
  type Gutter,
  lead,
  loopBack,
  MIN_APART,
  type Port,
  type RouteCard,
  sCurve,
} from "./routeShapes";
import { type Crossing, turnsOf } from "./routeTurns";

export type { Gutter, RouteCard } from "./routeShapes";

export interface RouteLink {
  id: string;
  source: string;
  target: string;
}

export interface Route {
  /** SVG path data, from the source card to the target card. */
  d: string;
  /** Where the hover label goes: the middle of the part across the gutter, on the line. */
  label: Point;
  /** Holds the whole line (`piecesBox`). */
  box: Box;
  /**
   * Whether the line runs in a channel holding more than CHANNEL_CAPACITY lines (routeEnds.ts),
   * loops among more loops than the gutter holds, or turns across it among more S-curves than
   * its middle holds (routeTurns.ts): there the lines are packed closer than they can be told
   * apart, and the rule does its best.
   */
  crowded: boolean;
}

export const gutterOf = (layout: Pick<CanvasLayout, "columns">): Gutter => ({
  a: layout.columns.a.x + layout.columns.a.width,
  b: layout.columns.b.x,
});

/** The id a suggested missing link has, on the canvas and in the routing. */
export const ghostLinkId = (s: { source: string; target: string }): string =>
  `ghost:${s.source}:${s.target}`;

/**
 * How far internal links loop into the gutter: the first this far, each that overlaps one
 * already placed a step farther, up to the most; the middle of the gutter stays for the lines
 * across, which are steepest there.
 */
const LOOP = { first: 14, step: 8, most: 72 };
/**
 * How far each internal link loops out (from the column's edge): shortest loop first, each
 * beyond every loop of its column that it overlaps and beyond its own ends' straight runs, so
 * that no two loops run together (a loop keeps clear of those it encloses, crosses the others).
 * A column whose loops would reach past LOOP.most has them all drawn in closer, in the same
 * order; the loops go into `crowded` when that packs them closer than lines can be told apart.
 */
function loopDepths(
  pairs: readonly [string, End, End][],
  crowded: Set<string>,
): Map<string, number> {
  const depths = new Map<string, number>();
  for (const org of ["a", "b"] as const) {
    const loops = pairs
      .filter(([, from, to]) => from.card.org === org && to.card.org === org && !from.partner)
      .map(([id, from, to]) => ({
        id,
        top: Math.min(from.track, to.track),
        bottom: Math.max(from.track, to.track),
        depth: Math.max(from.reach, to.reach) + LOOP.first,
      }))
      .sort((p, q) => p.bottom - p.top - (q.bottom - q.top) || (p.id < q.id ? -1 : 1));
    if (loops.length === 0) continue;
    // Shortest first, each one step outside the deepest before it whose height meets its own
    // (heights that only touch meet too): slots are the distinct heights themselves.
    const heights = distinctHeights([
      Float64Array.from(loops, (loop) => loop.top),
      Float64Array.from(loops, (loop) => loop.bottom),
    ]);
    const tree = new RangeMax(heights.length, Number.NEGATIVE_INFINITY);
    let deepest = 0;
    for (const loop of loops) {
      const from = slotOf(heights, loop.top);
      const to = slotOf(heights, loop.bottom);
      loop.depth = Math.max(loop.depth, tree.max(from, to) + LOOP.step);
      tree.raise(from, to, loop.depth);
      deepest = Math.max(deepest, loop.depth);
    }
    // Drawn in: every depth past the first scaled by one factor, so the order holds.
    const scale = deepest > LOOP.most ? (LOOP.most - LOOP.first) / (deepest - LOOP.first) : 1;
    for (const loop of loops) {
      depths.set(loop.id, Math.min(LOOP.most, LOOP.first + (loop.depth - LOOP.first) * scale));
      if (LOOP.step * scale < MIN_APART) crowded.add(loop.id);
    }
  }
  return depths;
}

/**
 * Where each line across the gutter (an S) turns, by its place in `pairs` (NaN for loops);
 * the ids of those that turn among too many go into `crowded`.
 */
function turnsAcross(
  pairs: readonly [string, End, End][],
  gutter: Gutter,
  crowded: Set<string>,
): Float64Array {
  const at: number[] = [];
  const crossings: Crossing[] = [];
  pairs.forEach(([, from, to], k) => {
    if (from.card.org === to.card.org) return;
    at.push(k);
    crossings.push(
      from.card.org === "a"
        ? { ours: from.track, theirs: to.track }
        : { ours: to.track, theirs: from.track },
    );
  });
  const turns = turnsOf(crossings);
  const middle = (gutter.a + gutter.b) / 2;
  const x = new Float64Array(pairs.length).fill(Number.NaN);
  at.forEach((k, i) => {
    x[k] = middle + (turns.offset[i] as number);
    if (turns.crowded[i] === 1) crowded.add((pairs[k] as [string, End, End])[0]);
  });
  return x;
}

const routeOf = (pieces: readonly Piece[], label: Point, crowded: boolean): Route => ({
  d: pathData(pieces),
  label,
  crowded,
  box: piecesBox(pieces),
});

/** Every link's path; links whose cards are not both placed are left out. */
export function routeLinks(
  gutter: Gutter,
  cards: ReadonlyMap<string, RouteCard>,
  links: readonly RouteLink[],
): Map<string, Route> {
  const behind = cardsBehind(cards);
  // The ends at each port of each card, ports in the order first used.
  const ports: End[][] = [];
  const portsOf = new Map<string, Partial<Record<Port, End[]>>>();
  const pairs: [string, End, End][] = [];
  const load = new Map<number, number>();
  const add = (id: string, end: End) => {
    let card = portsOf.get(id);
    if (!card) {
      card = {};
      portsOf.set(id, card);
    }
    const list = card[end.port];
    if (list) list.push(end);
    else {
      const fresh = [end];
      card[end.port] = fresh;
      ports.push(fresh);
    }
  };
  for (const { id, source, target } of links) {
    const s = cards.get(source);
    const t = cards.get(target);
    if (!s || !t || source === target) continue;
    const from = balanced(endOf(id, source, s, t, behind), load);
    const to = balanced(endOf(id, target, t, s, behind), load);
    from.mate = to;
    to.mate = from;
    const shared = channelKeyOf(from);
    if (shared !== undefined && shared === channelKeyOf(to)) from.partner = to;
    add(source, from);
    add(target, to);
    pairs.push([id, from, to]);
  }
  // Channels first: the sides are then spread by where their lines' other ends really are.
  const channels = new Map<number, { top: number; ends: End[] }>();
  for (const ends of ports) {
    if (ends[0]?.port === "side") continue;
    attach(ends);
    for (const end of ends) {
      const channel = channelOf(end);
      if (!channel) continue;
      const found = channels.get(channel.key);
      if (found) found.ends.push(end);
      else channels.set(channel.key, { top: channel.top, ends: [end] });
    }
  }
  const crowded = new Set<string>();
  for (const { top, ends } of channels.values()) {
    tracks(top, ends);
    if (ends.length - ends.filter((e) => e.partner).length > CHANNEL_CAPACITY)
      for (const end of ends) crowded.add(end.link);
  }
  for (const ends of ports) if (ends[0]?.port === "side") attach(ends);
  for (const ends of ports) if (ends[0]?.port === "side") stagger(ends);
  for (const { ends } of channels.values()) stagger(ends);
  const depths = loopDepths(pairs, crowded);
  const turns = turnsAcross(pairs, gutter, crowded);
  const routes = new Map<string, Route>();
  for (let k = 0; k < pairs.length; k++) {
    const [id, from, to] = pairs[k] as [string, End, End];
    if (from.partner) {
      const pieces = alongChannel(from, to);
      const run = pieces.find((p) => p.line && p.from.y === p.to.y) ?? (pieces[0] as Piece);
      const label = pointAt(run, 0.5);
      routes.set(id, routeOf(pieces, label, crowded.has(id)));
      continue;
    }
    const middle =
      from.card.org === to.card.org
        ? loopBack(from, to, gutter, depths.get(id) ?? 0)
        : sCurve(from, to, gutter, turns[k] as number);
    const pieces = lead(from, gutter);
    for (const piece of middle) pieces.push(piece);
    const back = lead(to, gutter);
    for (let i = back.length - 1; i >= 0; i--) pieces.push(reversed(back[i] as Piece));
    // The label on the middle piece: the S's middle, or the loop's far side.
    const label = pointAt(middle[Math.floor(middle.length / 2)] as Piece, 0.5);
    routes.set(id, routeOf(pieces, label, crowded.has(id)));
  }
  return routes;
}

/** A map's lines as the canvas and the pictures route them: relationships, then suggestions. */
export function linksOf(
  relationships: readonly RouteLink[],
  suggestions: readonly { source: string; target: string }[],
): RouteLink[] {
  return [
    ...relationships.map(({ id, source, target }) => ({ id, source, target })),
    ...suggestions.map((s) => ({ id: ghostLinkId(s), source: s.source, target: s.target })),
  ];
}
