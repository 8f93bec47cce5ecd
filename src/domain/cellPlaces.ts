/**
 * Where cards go in their cell (the column × lane box a person's position is relative to): the
 * grid slots new cards fill, the nearest free spot for a drop, "Tidy", the reading order of a
 * tier, and how far a stored position may stray (see layout.ts for the cells themselves).
 */
import {
  CARD_GAP,
  CARD_HEIGHT,
  CARD_WIDTH,
  CARDS_PER_ROW,
  CELL_PADDING,
  COLUMN_WIDTH,
  clampToCell,
} from "./layout";
import { isPlaced, type OrgKey, type PeerMap, type Person, type Position } from "./model";

const SLOT_X = CARD_WIDTH + CARD_GAP;
const SLOT_Y = CARD_HEIGHT + CARD_GAP;

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

/** The people `included`, grouped by their cell (organisation and tier), each in map order. */
export function peopleByCell(
  people: readonly Person[],
  included: (person: Person) => boolean,
): Map<string, Person[]> {
  const cells = new Map<string, Person[]>();
  for (const person of people) {
    if (!included(person)) continue;
    const cell = cells.get(cellKey(person));
    if (cell) cell.push(person);
    else cells.set(cellKey(person), [person]);
  }
  return cells;
}

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
  const positions = new Map<string, Position>();
  for (const cell of peopleByCell(map.people, isPlaced).values()) {
    inReadingOrder(cell).forEach((person, index) => {
      positions.set(person.id, slotPosition(index, person.org));
    });
  }
  return positions;
}
