/**
 * Canvas geometry: where the two organisation columns and the tier lanes are, and how a
 * person's stored position (relative to its own column × lane cell) maps to canvas
 * coordinates and back. Positions are cell-relative so that renaming, reordering or
 * growing a tier never scrambles the cards below it.
 */
import { sameValue } from "./equality";
import type { OrgKey, PeerMap, Person, Position } from "./model";

export const CARD_WIDTH = 200;
export const CARD_HEIGHT = 72;
export const CARD_GAP = 16;
export const CELL_PADDING = 16;
export const CARDS_PER_ROW = 3;
export const LABEL_BAND_WIDTH = 180;
export const GUTTER_WIDTH = 240;
export const HEADER_HEIGHT = 80;
export const COLUMN_WIDTH =
  CARDS_PER_ROW * CARD_WIDTH + (CARDS_PER_ROW - 1) * CARD_GAP + 2 * CELL_PADDING;
export const MIN_LANE_HEIGHT = CARD_HEIGHT + 2 * CELL_PADDING;
const SLOT_X = CARD_WIDTH + CARD_GAP;
const SLOT_Y = CARD_HEIGHT + CARD_GAP;
const MAX_X = COLUMN_WIDTH - CELL_PADDING - CARD_WIDTH;

export interface Lane {
  tierId: string;
  name: string;
  index: number;
  y: number;
  height: number;
}

export interface Column {
  org: OrgKey;
  x: number;
  width: number;
}

export interface CanvasLayout {
  columns: Record<OrgKey, Column>;
  lanes: Lane[];
  laneByTier: Map<string, Lane>;
  width: number;
  height: number;
}

/** Whether two layouts place every lane and column alike (`laneByTier` only indexes the lanes). */
export const sameLayout = (a: CanvasLayout, b: CanvasLayout): boolean =>
  sameValue({ ...a, laneByTier: undefined }, { ...b, laneByTier: undefined });

/** Lanes grow to hold their lowest card; columns are fixed width. One pass over people. */
export function computeLayout(map: Pick<PeerMap, "tiers" | "people">): CanvasLayout {
  const bottoms = new Map<string, number>();
  for (const person of map.people) {
    if (!person.position) continue;
    const bottom = Math.max(person.position.y, CELL_PADDING) + CARD_HEIGHT + CELL_PADDING;
    if (bottom > (bottoms.get(person.tierId) ?? 0)) bottoms.set(person.tierId, bottom);
  }
  const lanes: Lane[] = [];
  const laneByTier = new Map<string, Lane>();
  let y = HEADER_HEIGHT;
  map.tiers.forEach((tier, index) => {
    const height = Math.max(MIN_LANE_HEIGHT, bottoms.get(tier.id) ?? 0);
    const lane = { tierId: tier.id, name: tier.name, index, y, height };
    lanes.push(lane);
    laneByTier.set(tier.id, lane);
    y += height;
  });
  const a: Column = { org: "a", x: LABEL_BAND_WIDTH, width: COLUMN_WIDTH };
  const b: Column = { org: "b", x: a.x + COLUMN_WIDTH + GUTTER_WIDTH, width: COLUMN_WIDTH };
  return { columns: { a, b }, lanes, laneByTier, width: b.x + COLUMN_WIDTH, height: y };
}

/**
 * How far a stored position may stray in its cell: x anywhere a card still fits in its column,
 * y down to `SPARE_ROWS` empty grid rows below the rows its cards need. Loading clamps anything
 * beyond (a card at y = 1,000,000 would make the lane, the canvas and the picture unusable),
 * and edits never go beyond. The spare rows let cards be dragged and people leave a cell
 * without the cards left behind being pulled up.
 */
const SPARE_ROWS = 40;
export const MAX_CELL_X = COLUMN_WIDTH - CARD_WIDTH;
export const maxCellY = (cardsInCell: number): number =>
  CELL_PADDING + (Math.ceil(cardsInCell / CARDS_PER_ROW) + SPARE_ROWS) * SLOT_Y;

const inRange = (value: number, max: number): boolean => value >= 0 && value <= max;
const cellKey = (person: Pick<Person, "org" | "tierId">) => `${person.org}\u0000${person.tierId}`;

/**
 * Every placed card within its cell's range (see maxCellY); a card beyond is brought to the
 * nearest free spot inside. The same map back, and no one moved, when all already are.
 */
export function keepInCellRange<M extends Pick<PeerMap, "people">>(
  map: M,
): { map: M; moved: Person[] } {
  const cards = new Map<string, number>();
  for (const p of map.people)
    if (p.position) cards.set(cellKey(p), (cards.get(cellKey(p)) ?? 0) + 1);
  const stray = (p: Person): boolean =>
    p.position !== undefined &&
    !(
      inRange(p.position.x, MAX_CELL_X) &&
      inRange(p.position.y, maxCellY(cards.get(cellKey(p)) ?? 0))
    );
  if (!map.people.some(stray)) return { map, moved: [] };
  let people = map.people;
  const moved: Person[] = [];
  people.forEach((person, index) => {
    if (!stray(person) || !person.position) return;
    const position = freeSpotInCell(
      { people },
      person.org,
      person.tierId,
      person.position,
      person.id,
    );
    people = people.with(index, { ...person, position });
    moved.push(person);
  });
  return { map: { ...map, people }, moved };
}

export const clampToCell = (position: Position): Position => ({
  x: Math.min(Math.max(position.x, CELL_PADDING), MAX_X),
  y: Math.max(position.y, CELL_PADDING),
});

/** Canvas coordinates of a placed person's card, or undefined while it is in the roster. */
export function canvasPosition(layout: CanvasLayout, person: Person): Position | undefined {
  const lane = layout.laneByTier.get(person.tierId);
  if (!person.position || !lane) return undefined;
  const cell = clampToCell(person.position);
  return { x: layout.columns[person.org].x + cell.x, y: lane.y + cell.y };
}

/** The lane under a canvas y; above the first lane is the first, below the last is the last. */
export function laneAt(layout: CanvasLayout, y: number): Lane | undefined {
  const { lanes } = layout;
  for (const lane of lanes) if (y < lane.y + lane.height) return lane;
  return lanes[lanes.length - 1];
}

/** The organisation whose column is nearer a canvas x. */
export function columnAt(layout: CanvasLayout, x: number): OrgKey {
  const middle = (layout.columns.a.x + COLUMN_WIDTH + layout.columns.b.x) / 2;
  return x < middle ? "a" : "b";
}

export interface CellPlacement {
  tierId: string;
  position: Position;
}

/**
 * Where a card of `org` dropped with its top-left at canvas point `at` lands: the lane under
 * the card's centre sets the tier; the card stays in its own column, at the nearest point.
 * A drop never makes the lane taller, so a drag feels the same all the way.
 */
export function placementAt(
  layout: CanvasLayout,
  org: OrgKey,
  at: Position,
): CellPlacement | undefined {
  const lane = laneAt(layout, at.y + CARD_HEIGHT / 2);
  if (!lane) return undefined;
  const column = layout.columns[org];
  const maxY = Math.max(CELL_PADDING, lane.height - CELL_PADDING - CARD_HEIGHT);
  const position = clampToCell({ x: Math.round(at.x - column.x), y: Math.round(at.y - lane.y) });
  return { tierId: lane.tierId, position: { x: position.x, y: Math.min(position.y, maxY) } };
}

const overlaps = (p: Position, q: Position): boolean =>
  Math.abs(p.x - q.x) < CARD_WIDTH && Math.abs(p.y - q.y) < CARD_HEIGHT;

/**
 * The grid slot at index `index` of a cell: rows top to bottom, each row filled from the side
 * that faces the other organisation. The first card of a row is then the nearest to its
 * counterparts, and its links do not run underneath its neighbours.
 */
export function slotPosition(index: number, org: OrgKey): Position {
  const fromInside = index % CARDS_PER_ROW;
  const column = org === "a" ? CARDS_PER_ROW - 1 - fromInside : fromInside;
  return {
    x: CELL_PADDING + column * SLOT_X,
    y: CELL_PADDING + Math.floor(index / CARDS_PER_ROW) * SLOT_Y,
  };
}

function occupiedInCell(
  map: Pick<PeerMap, "people">,
  org: OrgKey,
  tierId: string,
  except?: string,
) {
  const taken: Position[] = [];
  for (const p of map.people) {
    if (p.org === org && p.tierId === tierId && p.position && p.id !== except) {
      taken.push(clampToCell(p.position));
    }
  }
  return taken;
}

/**
 * Whether a spot of the cell is covered by one of `taken`. Cards are sorted by grid row, so a
 * spot is checked against the cards near it only: placing thousands at once stays fast.
 */
function takenTest(taken: readonly Position[]): (spot: Position) => boolean {
  // A few cards are quicker to check one by one than to sort.
  if (taken.length <= 12) return (spot) => taken.some((t) => overlaps(t, spot));
  const rowOf = (y: number) => Math.floor((y - CELL_PADDING) / SLOT_Y);
  const byRow = new Map<number, Position[]>();
  for (const t of taken) {
    const cards = byRow.get(rowOf(t.y));
    if (cards) cards.push(t);
    else byRow.set(rowOf(t.y), [t]);
  }
  return (spot) => {
    const row = rowOf(spot.y);
    for (let r = row - 1; r <= row + 1; r++)
      if (byRow.get(r)?.some((t) => overlaps(t, spot))) return true;
    return false;
  };
}

/** The first `count` grid slots no card covers, in the order cards fill a cell. */
function firstFreeSlots(isTaken: (spot: Position) => boolean, org: OrgKey, count: number) {
  const found: Position[] = [];
  for (let i = 0; found.length < count; i++) {
    const slot = slotPosition(i, org);
    if (!isTaken(slot)) found.push(slot);
  }
  return found;
}

/**
 * The first `count` free grid slots of a cell, in the order cards fill it: where new people
 * go (the add form, an import, "Place all"). Slots never overlap one another, so placing
 * people in them one by one gives the same spots as asking freeSpotInCell each time.
 */
export const freeSlotsInCell = (
  map: Pick<PeerMap, "people">,
  org: OrgKey,
  tierId: string,
  count: number,
): Position[] => firstFreeSlots(takenTest(occupiedInCell(map, org, tierId)), org, count);

/**
 * A spot for a card in a cell: `desired` when it is free, otherwise the free grid slot
 * nearest to it (the first free slot when there is no wish). Used for drops, new people
 * and roster placement, so cards never land on top of each other.
 */
export function freeSpotInCell(
  map: Pick<PeerMap, "people">,
  org: OrgKey,
  tierId: string,
  desired?: Position,
  except?: string,
): Position {
  const taken = occupiedInCell(map, org, tierId, except);
  if (desired) {
    const cell = clampToCell(desired);
    const wish = { x: cell.x, y: Math.min(cell.y, maxCellY(taken.length + 1)) };
    if (!taken.some((t) => overlaps(t, wish))) return wish;
  }
  const isTaken = takenTest(taken);
  const [first] = firstFreeSlots(isTaken, org, 1);
  if (!desired || !first) return first ?? slotPosition(0, org);
  // The nearest free slot lies within one more row than there are cards.
  const slots = (Math.ceil(taken.length / CARDS_PER_ROW) + 1) * CARDS_PER_ROW;
  let best = first;
  let bestDistance = (first.x - desired.x) ** 2 + (first.y - desired.y) ** 2;
  for (let i = 0; i < slots; i++) {
    const slot = slotPosition(i, org);
    if (isTaken(slot)) continue;
    const distance = (slot.x - desired.x) ** 2 + (slot.y - desired.y) ** 2;
    if (distance < bestDistance) {
      best = slot;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * People of a tier in reading order, as the facilitator sees the lane: top to bottom, then
 * from the side facing the other organisation outwards (the order cards fill a row); people
 * still only in the roster come last. Ties keep list order (the sort is stable).
 */
export function inReadingOrder(people: readonly Person[]): Person[] {
  return [...people].sort((p, q) => {
    const pp = p.position;
    const qp = q.position;
    if (pp && qp) return pp.y - qp.y || (p.org === "a" ? qp.x - pp.x : pp.x - qp.x);
    if (pp) return -1;
    if (qp) return 1;
    return 0;
  });
}

/**
 * "Tidy": every placed person on its cell's grid, rows kept in order, no overlaps. The result
 * depends only on the map, never on earlier tidies. Returns the new positions by person id.
 */
export function tidyPositions(map: Pick<PeerMap, "people">): Map<string, Position> {
  const cells = new Map<string, Person[]>();
  for (const person of map.people) {
    if (!person.position) continue;
    const key = `${person.org}\u0000${person.tierId}`;
    const cell = cells.get(key);
    if (cell) cell.push(person);
    else cells.set(key, [person]);
  }
  const positions = new Map<string, Position>();
  for (const cell of cells.values()) {
    inReadingOrder(cell).forEach((person, index) => {
      positions.set(person.id, slotPosition(index, person.org));
    });
  }
  return positions;
}

/**
 * Cells that are empty while the other side of the same tier has people: `"b:sales"` when we
 * have sales people and the partner has none. They show as "Vacant" placeholders.
 */
export function vacantCells(people: readonly Pick<Person, "org" | "tierId">[]): Set<string> {
  const present = new Set<string>();
  for (const p of people) present.add(`${p.org}:${p.tierId}`);
  const vacant = new Set<string>();
  for (const key of present) {
    // Keys are "a:<tierId>" or "b:<tierId>"; a tier id may itself hold a colon.
    const other = key.startsWith("a:") ? "b" : "a";
    const twin = `${other}${key.slice(1)}`;
    if (!present.has(twin)) vacant.add(twin);
  }
  return vacant;
}
