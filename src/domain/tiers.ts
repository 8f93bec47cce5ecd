/**
 * Tier edits: add, rename, reorder and delete (moving its people elsewhere). They keep the
 * contract of ./edits.ts: refused with a reason, or the map, the same object when unchanged.
 */

import { freeSpotInCell } from "./cellPlaces";
import { done, type EditResult } from "./edits";
import { newId } from "./ids";
import { MAX_LENGTH, tierLimitReason, tooLong } from "./mapLimits";
import type { PeerMap, Person } from "./model";
import { cleanName } from "./names";

const NO_NAME = "A tier needs a name.";
const NO_TIER = "That tier no longer exists.";

export function addTier(map: PeerMap, name: string, id = newId("t")): EditResult {
  const value = cleanName(name);
  if (!value) return { ok: false, reason: NO_NAME };
  const refused = tierLimitReason(map) ?? tooLong("A tier name", value, MAX_LENGTH.name);
  if (refused) return { ok: false, reason: refused };
  return { ok: true, map: { ...map, tiers: [...map.tiers, { id, name: value }] }, id };
}

export function renameTier(map: PeerMap, tierId: string, name: string): EditResult {
  const value = cleanName(name);
  if (!value) return { ok: false, reason: NO_NAME };
  const refused = tooLong("A tier name", value, MAX_LENGTH.name);
  if (refused) return { ok: false, reason: refused };
  const index = map.tiers.findIndex((t) => t.id === tierId);
  const tier = map.tiers[index];
  if (!tier) return { ok: false, reason: NO_TIER };
  return done(map, { ...map, tiers: map.tiers.with(index, { ...tier, name: value }) });
}

/** Move a tier up (-1) or down (+1) in seniority. */
export function moveTier(map: PeerMap, tierId: string, by: -1 | 1): EditResult {
  const from = map.tiers.findIndex((t) => t.id === tierId);
  const to = from + by;
  // Already at the top or bottom: nothing to do, which is not worth a message.
  if (from < 0 || to < 0 || to >= map.tiers.length) return done(map, map);
  const tiers = [...map.tiers];
  const [tier] = tiers.splice(from, 1);
  if (tier) tiers.splice(to, 0, tier);
  return done(map, { ...map, tiers });
}

export const peopleInTier = (map: PeerMap, tierId: string): Person[] =>
  map.people.filter((p) => p.tierId === tierId);

/**
 * Delete a tier. A tier with people needs somewhere for them to go (`moveTo`); placed people
 * land in free spots of the new lane, so nobody ends up under someone else.
 */
export function deleteTier(map: PeerMap, tierId: string, moveTo?: string): EditResult {
  // Deleted already (here or in another tab): what the user asked for is done.
  if (!map.tiers.some((t) => t.id === tierId)) return done(map, map);
  if (map.tiers.length <= 1) return { ok: false, reason: "A map needs at least one tier." };
  const people = peopleInTier(map, tierId);
  if (
    people.length > 0 &&
    (!moveTo || moveTo === tierId || !map.tiers.some((t) => t.id === moveTo))
  ) {
    return { ok: false, reason: "Choose the tier its people move to." };
  }
  let next: PeerMap = { ...map, tiers: map.tiers.filter((t) => t.id !== tierId) };
  for (const person of people) {
    const target = moveTo as string;
    const moved: Person = { ...person, tierId: target };
    if (person.position)
      moved.position = freeSpotInCell(next, person.org, target, person.position, person.id);
    next = { ...next, people: next.people.map((p) => (p.id === person.id ? moved : p)) };
  }
  return { ok: true, map: next };
}
