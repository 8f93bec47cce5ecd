/**
 * Everyone waiting in the roster put on the canvas at once: each in their own tier's cell, at
 * the first free spot, exactly as the add form places a new person (freeSpotInCell).
 */
import { done, type EditResult, type Placement } from "./edits";
import { freeSpotInCell } from "./layout";
import type { PeerMap, Person } from "./model";

/**
 * Where the waiting (unplaced) people go, in roster order; only those in `only` when given.
 * Each spot counts the ones placed before it, so no two cards land on one spot.
 */
export function waitingPlacements(
  map: Pick<PeerMap, "people">,
  only?: ReadonlySet<string>,
): Placement[] {
  // Each cell's cards, so finding a spot does not look through the whole map every time.
  const cells = new Map<string, Person[]>();
  const cellOf = (org: string, tierId: string) => {
    const key = `${org}\u0000${tierId}`;
    const found =
      cells.get(key) ??
      map.people.filter((p) => p.org === org && p.tierId === tierId && p.position);
    cells.set(key, found);
    return found;
  };
  const placements: Placement[] = [];
  for (const person of map.people) {
    if (person.position || (only && !only.has(person.id))) continue;
    const cell = cellOf(person.org, person.tierId);
    const position = freeSpotInCell({ people: cell }, person.org, person.tierId);
    cell.push({ ...person, position });
    placements.push({ id: person.id, tierId: person.tierId, position });
  }
  return placements;
}

/** The people with the placements applied; a person not among them is the same object. */
export function withPlacements(
  people: readonly Person[],
  placements: readonly Placement[],
): Person[] {
  const at = new Map(placements.map((p) => [p.id, p.position]));
  return people.map((person) => {
    const position = at.get(person.id);
    return position ? { ...person, position } : person;
  });
}

/** "Place all": everyone waiting in the roster onto the canvas, in one edit (one undo step). */
export function placeWaiting(map: PeerMap): EditResult {
  const placements = waitingPlacements(map);
  if (placements.length === 0) return done(map, map);
  return done(map, { ...map, people: withPlacements(map.people, placements) });
}
