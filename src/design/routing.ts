/**
 * Where every line of the map runs: one rule, used by the canvas and by the pictures, so the
 * two draw the same paths.
 *
 * A line has three parts. Out of its first card to the edge of that card's column facing the
 * gutter (a "lead"), across the gutter (one smooth curve), and into its second card the same
 * way. A card with nothing between it and the gutter sends its lines out of that side, fanned
 * out along it, ordered by where the other ends are so they do not cross needlessly. A card
 * behind another (farther from the gutter) sends them out of its top or bottom edge into the
 * free channel between rows, along it past the front cards, and only then across: no line
 * runs under a card that is not one of its ends. Lines sharing a channel get their own tracks,
 * in the order they go on in. Internal links loop into the gutter and back, or, between cards
 * whose lines share a channel, stay in it.
 *
 * For cards on the grid (Tidy, new cards) this holds exactly; cards dragged anywhere in their
 * cell get the same rule, best effort.
 */
import { CARD_GAP, CARD_HEIGHT, CARD_WIDTH, type CanvasLayout } from "../domain/layout";
import { type Piece, type Point, pathData, pointAt, reversed } from "./curves";
import { type Box, piecesBox } from "./lineHits";
import {
  across,
  alongChannel,
  type End,
  type Gutter,
  lead,
  type Port,
  type RouteCard,
  towardsGutter,
} from "./routeShapes";

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
   * Whether the line runs in a channel holding more than CHANNEL_CAPACITY lines: there the
   * tracks are packed closer than lines can be told apart. A 16 px gap holds so many; beyond,
   * the rule does its best.
   */
  crowded: boolean;
}

/** Lines a channel between rows holds at least 2 px apart (see `tracks`). */
export const CHANNEL_CAPACITY = 7;

export const gutterOf = (layout: Pick<CanvasLayout, "columns">): Gutter => ({
  a: layout.columns.a.x + layout.columns.a.width,
  b: layout.columns.b.x,
});

/** The id a suggested missing link has, on the canvas and in the routing. */
export const ghostLinkId = (s: { source: string; target: string }): string =>
  `ghost:${s.source}:${s.target}`;

/** Spacing of lines fanning out of one side of a card, and the room kept at its corners. */
const SIDE_STEP = 12;
const SIDE_MARGIN = 12;
/** Lines out of a top or bottom edge: the first this far from the front corner, then spaced. */
const EXIT_INSET = 24;
const EXIT_STEP = 10;
/** Tracks in a channel between rows (CARD_GAP high). */
const TRACK_STEP = 6;
/**
 * Room kept between the outer tracks and the cards' edges: wide lines keep clear of the cards
 * while a channel holds a few; a crowded one packs its tracks closer, nearer the edges.
 */
const TRACK_CLEARANCE = { few: 3, crowded: 1.5 };
/** Lines reaching the gutter together part by this much each, up to this many steps. */
const STAGGER = 12;
const MAX_STAGGER = 6;
/**
 * How far internal links loop into the gutter: the first this far, each that overlaps one
 * already placed a step farther, up to the most; the middle of the gutter stays for the lines
 * across, which are steepest there.
 */
const LOOP = { first: 14, step: 8, most: 72 };

const frontX = (card: RouteCard): number => (card.org === "a" ? card.x + CARD_WIDTH : card.x);
const middleY = (card: RouteCard): number => card.y + CARD_HEIGHT / 2;
/** About where an end's line reaches the gutter, known before the ends are spread out. */
const roughTrack = (end: End): number =>
  end.port === "side"
    ? middleY(end.card)
    : end.port === "up"
      ? end.card.y - CARD_GAP / 2
      : end.card.y + CARD_HEIGHT + CARD_GAP / 2;
/** Where the other end of an end's line reaches the gutter: exactly once its track is set. */
const farY = (end: End): number => {
  const mate = end.mate;
  if (!mate) return middleY(end.other);
  return mate.settled ? mate.track : roughTrack(mate);
};
const byId = (p: End, q: End): number => (p.link < q.link ? -1 : p.link > q.link ? 1 : 0);
/** By the order worked out for the sort at hand, then by line. */
const byOrder = (p: End, q: End): number => p.order - q.order || byId(p, q);

/** Cards with another card of their organisation between them and the gutter, level with them. */
function cardsBehind(cards: ReadonlyMap<string, RouteCard>): Set<string> {
  const behind = new Set<string>();
  for (const org of ["a", "b"] as const) {
    const column = [...cards].filter(([, c]) => c.org === org).sort(([, p], [, q]) => p.y - q.y);
    for (let i = 0; i < column.length; i++) {
      const [id, card] = column[i] as [string, RouteCard];
      for (const step of [-1, 1]) {
        for (let j = i + step; j >= 0 && j < column.length; j += step) {
          const other = (column[j] as [string, RouteCard])[1];
          if (Math.abs(other.y - card.y) >= CARD_HEIGHT) break;
          if ((other.x - card.x) * towardsGutter(org) > 0) behind.add(id);
        }
      }
    }
  }
  return behind;
}

function endOf(
  link: string,
  id: string,
  card: RouteCard,
  other: RouteCard,
  behind: Set<string>,
): End {
  const port: Port = !behind.has(id) ? "side" : middleY(other) < middleY(card) ? "up" : "down";
  // Every field from the start: ends of one shape keep the engine's property access fast.
  return {
    link,
    card,
    other,
    port,
    at: { x: 0, y: 0 },
    track: 0,
    reach: 0,
    mate: undefined,
    settled: false,
    partner: undefined,
    order: 0,
  };
}

/**
 * A line out of a back card goes up or down towards its other end; when that channel is full
 * and the other is less so, the other way. `load` counts the lines given to each channel.
 */
function balanced(end: End, load: Map<number, number>): End {
  if (end.port === "side") return end;
  const flipped: Port = end.port === "up" ? "down" : "up";
  const wanted = channelKey(end.card, end.port);
  const instead = channelKey(end.card, flipped);
  const full = load.get(wanted) ?? 0;
  const flip = full >= CHANNEL_CAPACITY && (load.get(instead) ?? 0) < full;
  // The end is new and only this call has it, so it may change its way out in place.
  if (flip) end.port = flipped;
  const key = flip ? instead : wanted;
  load.set(key, (load.get(key) ?? 0) + 1);
  return end;
}

/**
 * The order in which lines leave one side or one channel for the gutter, top to bottom, from
 * `y`: lines across the gutter by where their other ends are, so they do not cross each other;
 * loops back to the same column above them and below them, nested (the nearest loop
 * innermost), so loops do not cut through each other.
 */
function gutterOrder(end: End, y: number): number {
  const dy = farY(end) - y;
  if (end.other.org !== end.card.org) return farY(end);
  return dy < 0 ? -1e7 - dy : 1e7 - dy;
}

/** Spreads the ends of one port along the card's side or edge. */
function attach(ends: End[]): void {
  const first = ends[0];
  if (!first) return;
  const { card, port } = first;
  const n = ends.length;
  if (port === "side") {
    for (const end of ends) end.order = gutterOrder(end, middleY(card));
    ends.sort(byOrder);
    const step = n > 1 ? Math.min(SIDE_STEP, (CARD_HEIGHT - 2 * SIDE_MARGIN) / (n - 1)) : 0;
    ends.forEach((end, i) => {
      const y = middleY(card) + (i - (n - 1) / 2) * step;
      end.at = { x: frontX(card), y };
      end.track = y;
    });
    return;
  }
  // Nearest the front corner goes the line whose track is nearest this edge (see `tracks`):
  // the lines from one edge nest and do not cross each other.
  const sign = port === "up" ? -1 : 1;
  for (const end of ends) end.order = sign * farY(end);
  ends.sort(byOrder);
  const step = n > 1 ? Math.min(EXIT_STEP, (CARD_WIDTH - 2 * EXIT_INSET) / (n - 1)) : 0;
  const y = port === "up" ? card.y : card.y + CARD_HEIGHT;
  ends.forEach((end, i) => {
    end.at = { x: frontX(card) - towardsGutter(card.org) * (EXIT_INSET + i * step), y };
  });
}

/**
 * The tracks of one channel, top to bottom in the order the lines go on across the gutter (see
 * `gutterOrder`), so they leave the channel without crossing; lines that stay in the channel in the middle. Where
 * a line's run passes another card's short drop into the channel, the two cross square on.
 */
function tracks(channelTop: number, ends: End[]): void {
  const middle = channelTop + CARD_GAP / 2;
  // Then nearer the gutter first (a channel holds one organisation's lines).
  const nearer = (p: End, q: End) => (q.at.x - p.at.x) * towardsGutter(p.card.org);
  // A line staying in the channel takes one track, its first end's: its second end has none.
  const ordered = ends.filter((e) => e.mate?.partner !== e);
  for (const end of ordered) end.order = end.partner ? middle : gutterOrder(end, middle);
  ordered.sort((p, q) => p.order - q.order || nearer(p, q) || byId(p, q));
  const m = ordered.length;
  const clearance = m <= 3 ? TRACK_CLEARANCE.few : TRACK_CLEARANCE.crowded;
  const step = m > 1 ? Math.min(TRACK_STEP, (CARD_GAP - 2 * clearance) / (m - 1)) : 0;
  ordered.forEach((end, k) => {
    end.track = middle + (k - (m - 1) / 2) * step;
    end.settled = true;
    if (end.partner) {
      end.partner.track = end.track;
      end.partner.settled = true;
    }
  });
}

/** The channel (between rows) an end's line runs in, by organisation and top; none for sides. */
function channelOf(end: End): { key: number; top: number } | undefined {
  if (end.port === "side") return undefined;
  return { key: channelKey(end.card, end.port), top: channelTop(end.card, end.port) };
}

const channelTop = (card: RouteCard, port: "up" | "down"): number =>
  Math.round(port === "up" ? card.y - CARD_GAP : card.y + CARD_HEIGHT);

/** A number, not a string: worked out for every end several times, and strings cost (large maps). */
const channelKey = (card: RouteCard, port: "up" | "down"): number =>
  channelTop(card, port) * 2 + (card.org === "a" ? 0 : 1);

/** The channel's key, for an end in one; none for sides. */
const channelKeyOf = (end: End): number | undefined =>
  end.port === "side" ? undefined : channelKey(end.card, end.port);

/**
 * Lines that reach the gutter together (from one side, or one channel) and turn the same way
 * would run side by side, a few px apart, all the way across. Each runs a little farther
 * before it turns, the line on the inside of the turn first, so they part like a fan.
 */
function stagger(ends: readonly End[]): void {
  const sorted = ends
    .filter((e) => !e.partner && !e.mate?.partner)
    .sort((p, q) => p.track - q.track);
  const up = sorted.filter((e) => (e.mate?.track ?? e.track) < e.track);
  const down = sorted.filter((e) => (e.mate?.track ?? e.track) >= e.track).reverse();
  for (const turning of [up, down])
    turning.forEach((end, rank) => {
      end.reach = STAGGER * Math.min(rank, MAX_STAGGER);
    });
}

/**
 * How far each internal link loops out (from the column's edge): shortest loop first, each
 * beyond every loop of its column that it overlaps and beyond its own ends' straight runs, so
 * that no two loops run together (a loop keeps clear of those it encloses, crosses the others).
 */
function loopDepths(pairs: readonly [string, End, End][]): Map<string, number> {
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
    loops.forEach((loop, i) => {
      for (let j = 0; j < i; j++) {
        const other = loops[j] as (typeof loops)[number];
        if (other.top <= loop.bottom && loop.top <= other.bottom)
          loop.depth = Math.max(loop.depth, other.depth + LOOP.step);
      }
      loop.depth = Math.min(LOOP.most, loop.depth);
      depths.set(loop.id, loop.depth);
    });
  }
  return depths;
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
  const depths = loopDepths(pairs);
  const routes = new Map<string, Route>();
  for (const [id, from, to] of pairs) {
    if (from.partner) {
      const pieces = alongChannel(from, to);
      const run = pieces.find((p) => p.line && p.from.y === p.to.y) ?? (pieces[0] as Piece);
      const label = pointAt(run, 0.5);
      routes.set(id, routeOf(pieces, label, crowded.has(id)));
      continue;
    }
    const middle = across(from, to, gutter, depths.get(id));
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
