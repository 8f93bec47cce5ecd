/**
 * Where each line leaves its card and reaches the gutter (see routing.ts, which puts the
 * parts together): out of the card's side facing the gutter, fanned out along it, or, for a
 * card behind another, out of its top or bottom edge onto its own track in the channel between
 * rows; and how far each runs into the gutter before it turns.
 */
import { CARD_GAP, CARD_HEIGHT, CARD_WIDTH } from "../domain/layout";
import { type End, MIN_APART, type Port, type RouteCard, towardsGutter } from "./routeShapes";

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
/** Lines a channel between rows holds at least MIN_APART apart (see `tracks`). */
export const CHANNEL_CAPACITY =
  Math.floor((CARD_GAP - 2 * TRACK_CLEARANCE.crowded) / MIN_APART) + 1;
/** Lines reaching the gutter together part by this much each, up to this many steps. */
const STAGGER = 12;
const MAX_STAGGER = 6;

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

/**
 * Two cards are level when their tops are less than this far apart: one can stand between the
 * other and the gutter. Whatever reads the cards round an end (routeMoved.ts) reads this far.
 */
export const LEVEL_REACH = CARD_HEIGHT;

/** Cards with another card of their organisation between them and the gutter, level with them. */
export function cardsBehind(cards: ReadonlyMap<string, RouteCard>): Set<string> {
  const behind = new Set<string>();
  for (const org of ["a", "b"] as const) {
    const column = [...cards].filter(([, c]) => c.org === org).sort(([, p], [, q]) => p.y - q.y);
    for (let i = 0; i < column.length; i++) {
      const [id, card] = column[i] as [string, RouteCard];
      for (const step of [-1, 1]) {
        for (let j = i + step; j >= 0 && j < column.length; j += step) {
          const other = (column[j] as [string, RouteCard])[1];
          if (Math.abs(other.y - card.y) >= LEVEL_REACH) break;
          if ((other.x - card.x) * towardsGutter(org) > 0) behind.add(id);
        }
      }
    }
  }
  return behind;
}

export function endOf(
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
export function balanced(end: End, load: Map<number, number>): End {
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
export function attach(ends: End[]): void {
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
export function tracks(channelTop: number, ends: End[]): void {
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
export function channelOf(end: End): { key: number; top: number } | undefined {
  if (end.port === "side") return undefined;
  return { key: channelKey(end.card, end.port), top: channelTop(end.card, end.port) };
}

const channelTop = (card: RouteCard, port: "up" | "down"): number =>
  Math.round(port === "up" ? card.y - CARD_GAP : card.y + CARD_HEIGHT);

/** A number, not a string: worked out for every end several times, and strings cost (large maps). */
const channelKey = (card: RouteCard, port: "up" | "down"): number =>
  channelTop(card, port) * 2 + (card.org === "a" ? 0 : 1);

/** The channel's key, for an end in one; none for sides. */
export const channelKeyOf = (end: End): number | undefined =>
  end.port === "side" ? undefined : channelKey(end.card, end.port);

/**
 * Lines that reach the gutter together (from one side, or one channel) and turn the same way
 * would run side by side, a few px apart, all the way across. Each runs a little farther
 * before it turns, the line on the inside of the turn first, so they part like a fan.
 */
export function stagger(ends: readonly End[]): void {
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
