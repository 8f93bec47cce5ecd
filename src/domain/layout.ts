/**
 * Canvas geometry: where the two organisation columns and the tier lanes are, and how a
 * person's stored position (relative to its own column × lane cell) maps to canvas
 * coordinates and back. Positions are cell-relative so that renaming, reordering or
 * growing a tier never scrambles the cards below it. Where cards go within a cell (free
 * spots, Tidy, reading order, the range a position may take) is cellPlaces.ts.
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
