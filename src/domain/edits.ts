/**
 * Every change a facilitator can make to a map, as pure functions from map to `EditResult`.
 * The store wraps them with undo, timestamps and persistence; nothing here knows about those.
 *
 * The contract every edit keeps (linkEdits.ts and tiers.ts too): it is refused with a reason the user can act
 * on, or it returns a map. That map is the very same object when nothing changed, so the store
 * adds no undo step and storage writes nothing; otherwise it is a new map that shares every
 * untouched record, so storage can tell what changed by identity.
 */

import { freeSpotInCell, keepInCellRange, tidyPositions } from "./cellPlaces";
import { sameValue } from "./equality";
import { newId } from "./ids";
import { peopleLimitReason, roomForPeopleReason, textProblem } from "./mapLimits";
import type { Organisation, OrgKey, PeerMap, Person, Position, Strength } from "./model";
import { cleanName, cleanText } from "./names";

export type EditResult = { ok: true; map: PeerMap; id?: string } | { ok: false; reason: string };

/**
 * The outcome of an edit that goes ahead: `map` itself when `next` holds the same values. Cheap:
 * records an edit did not touch are the same objects, so they compare by identity.
 */
export const done = (map: PeerMap, next: PeerMap): EditResult => ({
  ok: true,
  map: sameValue(next, map) ? map : next,
});

export interface NewPerson {
  org: OrgKey;
  name: string;
  tierId: string;
  title?: string;
  email?: string;
  notes?: string;
  /** Place on the canvas at this cell-relative spot (or the nearest free one). */
  position?: Position;
  /** Place on the canvas at the first free spot of its cell. */
  place?: boolean;
}

function withoutEmpty<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

export function addPerson(map: PeerMap, input: NewPerson, id = newId("p")): EditResult {
  const name = cleanName(input.name);
  if (!name) return { ok: false, reason: "Type a name first." };
  const refused = peopleLimitReason(map) ?? textProblem(input);
  if (refused) return { ok: false, reason: refused };
  if (!map.tiers.some((t) => t.id === input.tierId)) return { ok: false, reason: "Choose a tier." };
  const position =
    input.position || input.place
      ? freeSpotInCell(map, input.org, input.tierId, input.position)
      : undefined;
  const person: Person = withoutEmpty({
    id,
    org: input.org,
    name,
    tierId: input.tierId,
    title: cleanText(input.title),
    email: cleanText(input.email),
    notes: cleanText(input.notes),
    position,
  });
  return { ok: true, map: { ...map, people: [...map.people, person] }, id };
}

/**
 * Several people at once (a pasted list): each added exactly as addPerson adds one, in order,
 * so each is placed after the ones before it. All or nothing: the first person refused
 * refuses the whole list, saying which one, so one undo step takes back all of them.
 */
export function addPeople(
  map: PeerMap,
  inputs: readonly NewPerson[],
  newIds: () => string = () => newId("p"),
): EditResult {
  const full = roomForPeopleReason(map, inputs.length);
  if (full) return { ok: false, reason: full };
  let next = map;
  for (const [i, input] of inputs.entries()) {
    const result = addPerson(next, input, newIds());
    if (!result.ok) {
      const who = cleanName(input.name);
      return {
        ok: false,
        reason: `Person ${i + 1} in the list${who ? ` (${who.slice(0, 40)})` : ""}: ${result.reason}`,
      };
    }
    next = result.map;
  }
  return done(map, next);
}

export type PersonChanges = Partial<Pick<Person, "name" | "title" | "email" | "notes" | "tierId">>;

export function updatePerson(map: PeerMap, id: string, changes: PersonChanges): EditResult {
  if (changes.name !== undefined && !cleanName(changes.name)) {
    return { ok: false, reason: "A person needs a name." };
  }
  const refused = textProblem(changes);
  if (refused) return { ok: false, reason: refused };
  if (changes.tierId !== undefined && !map.tiers.some((t) => t.id === changes.tierId)) {
    return { ok: false, reason: "Choose a tier." };
  }
  const result = mapPerson(map, id, (person) => {
    const next: Person = { ...person };
    if (changes.name !== undefined) next.name = changes.name.trim();
    for (const key of ["title", "email", "notes"] as const) {
      if (key in changes) {
        const value = cleanText(changes[key]);
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
    }
    if (changes.tierId !== undefined && changes.tierId !== person.tierId) {
      next.tierId = changes.tierId;
      if (person.position)
        next.position = freeSpotInCell(map, person.org, changes.tierId, person.position, id);
    }
    return next;
  });
  return result.ok && result.map !== map && changes.tierId !== undefined ? inRange(result) : result;
}

/** After people leave a cell, the cards left behind stay within its (smaller) range. */
const inRange = (result: EditResult & { ok: true }): EditResult => ({
  ...result,
  map: keepInCellRange(result.map).map,
});

export interface Placement {
  id: string;
  tierId: string;
  position: Position;
}

/**
 * Put people on the canvas or move them: the tier follows the lane each lands in. One call
 * per gesture, so dragging several cards at once is a single undo step.
 */
export function placePeople(map: PeerMap, placements: readonly Placement[]): EditResult {
  let people = map.people;
  for (const { id, tierId, position } of placements) {
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y))
      return { ok: false, reason: "That spot is not on the canvas." };
    const index = people.findIndex((p) => p.id === id);
    const person = people[index];
    if (!person) return { ok: false, reason: "That person is no longer on the map." };
    if (!map.tiers.some((t) => t.id === tierId))
      return { ok: false, reason: "That tier no longer exists." };
    const spot = freeSpotInCell({ people }, person.org, tierId, position, id);
    if (person.tierId === tierId && person.position?.x === spot.x && person.position?.y === spot.y)
      continue;
    people = people.with(index, { ...person, tierId, position: spot });
  }
  return people === map.people ? done(map, map) : inRange({ ok: true, map: { ...map, people } });
}

export const placePerson = (
  map: PeerMap,
  id: string,
  tierId: string,
  position: Position,
): EditResult => placePeople(map, [{ id, tierId, position }]);

/** Back to the roster: the person stays in the map, off the canvas. */
export function unplacePerson(map: PeerMap, id: string): EditResult {
  const result = mapPerson(map, id, ({ position: _position, ...person }) => person);
  return result.ok && result.map !== map ? inRange(result) : result;
}

/** Change one person; the same map back when the person comes out field for field the same. */
function mapPerson(map: PeerMap, id: string, change: (person: Person) => Person): EditResult {
  const index = map.people.findIndex((person) => person.id === id);
  const person = map.people[index];
  if (!person) return { ok: false, reason: "That person is no longer on the map." };
  const next = change(person);
  return done(map, { ...map, people: map.people.with(index, next) });
}

/** Remove people and relationships; a removed person takes its relationships along. */
export function removeItems(
  map: PeerMap,
  personIds: Iterable<string>,
  relationshipIds: Iterable<string> = [],
): EditResult {
  const people = new Set(personIds);
  const relationships = new Set(relationshipIds);
  const keptPeople = map.people.filter((p) => !people.has(p.id));
  const keptRelationships = map.relationships.filter(
    (r) => !relationships.has(r.id) && !people.has(r.source) && !people.has(r.target),
  );
  const next = {
    ...map,
    people: keptPeople.length === map.people.length ? map.people : keptPeople,
    relationships:
      keptRelationships.length === map.relationships.length ? map.relationships : keptRelationships,
  };
  return done(map, next.people === map.people ? next : keepInCellRange(next).map);
}

/** Every placed card onto its cell's grid; the same map back when all already are. */
export function tidy(map: PeerMap): EditResult {
  const positions = tidyPositions(map);
  let moved = false;
  const people = map.people.map((p) => {
    const next = positions.get(p.id);
    if (!next || (next.x === p.position?.x && next.y === p.position?.y)) return p;
    moved = true;
    return { ...p, position: next };
  });
  return done(map, moved ? { ...map, people } : map);
}

export function renameMap(map: PeerMap, name: string): EditResult {
  const value = cleanName(name);
  if (!value) return { ok: false, reason: "A map needs a name." };
  const refused = textProblem({ name: value });
  return refused ? { ok: false, reason: refused } : done(map, { ...map, name: value });
}

export function updateOrg(map: PeerMap, org: OrgKey, changes: Partial<Organisation>): EditResult {
  const name = changes.name === undefined ? map.orgs[org].name : cleanName(changes.name);
  if (!name) return { ok: false, reason: "An organisation needs a name." };
  const refused = changes.name === undefined ? undefined : textProblem({ name });
  if (refused) return { ok: false, reason: refused };
  if (changes.color !== undefined && !/^#[0-9a-f]{6}$/i.test(changes.color)) {
    return { ok: false, reason: "Pick a colour such as #2563eb." };
  }
  // Lowercase, as files store colours, so an export imports back exactly.
  const color = (changes.color ?? map.orgs[org].color).toLowerCase();
  const next = { ...map.orgs[org], ...changes, name, color };
  return done(map, { ...map, orgs: { ...map.orgs, [org]: next } });
}

export function setHealthyThreshold(map: PeerMap, healthyThreshold: Strength): EditResult {
  return done(map, { ...map, settings: { ...map.settings, healthyThreshold } });
}
