/**
 * Everyone waiting in the roster put on the canvas at once: each in their own tier's cell, at
 * the first free spot, exactly as the add form places a new person (freeSpotInCell, whose first
 * free slots freeSlotsInCell finds in one pass).
 */

import { freeSlotsInCell, peopleByCell } from "./cellPlaces";
import { done, type EditResult, type Placement } from "./edits";
import type { PeerMap, Person } from "./model";

/**
 * Where the waiting (unplaced) people go, in roster order; only those in `only` when given.
 * Each goes to the first free slot of their cell, after the ones placed before them, so no
 * two cards land on one spot.
 */
export function waitingPlacements(
  map: Pick<PeerMap, "people">,
  only?: ReadonlySet<string>,
): Placement[] {
  const waiting = peopleByCell(
    map.people,
    (person) => !person.position && (!only || only.has(person.id)),
  );
  const at = new Map<string, Placement>();
  for (const people of waiting.values()) {
    const [first] = people;
    if (!first) continue;
    const slots = freeSlotsInCell(map, first.org, first.tierId, people.length);
    people.forEach((person, i) => {
      const position = slots[i];
      if (position) at.set(person.id, { id: person.id, tierId: person.tierId, position });
    });
  }
  return map.people.flatMap((person) => at.get(person.id) ?? []);
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
