/**
 * Revealing a map tier by tier, as a facilitator does on the projector: the room sees the
 * first tiers from the top, their people and the links between them, and nothing below.
 */
import type { PeerMap } from "./model";

/** How many tiers are shown from the top; `null` shows them all (tiers added later too). */
export type Revealed = number | null;

/**
 * The map restricted to its first `revealed` tiers: people of a later tier and every
 * relationship with an end among them are left out. Returns the very map when everything
 * is shown, so derived views (and their caches) see no change.
 */
export function revealTiers(map: PeerMap, revealed: Revealed): PeerMap {
  if (revealed === null || revealed >= map.tiers.length) return map;
  const count = Math.max(0, Math.floor(revealed));
  const hiddenTiers = new Set(map.tiers.slice(count).map((tier) => tier.id));
  const people = map.people.filter((person) => !hiddenTiers.has(person.tierId));
  const shown = new Set(people.map((person) => person.id));
  return {
    ...map,
    tiers: map.tiers.slice(0, count),
    people,
    relationships: map.relationships.filter((r) => shown.has(r.source) && shown.has(r.target)),
  };
}

/** Where a presentation starts: the top tier alone, so the first step is the first tier. */
export const firstReveal = (tierCount: number): Revealed => (tierCount > 1 ? 1 : null);

/** One more tier; the last step shows them all. */
export function revealNext(revealed: Revealed, tierCount: number): Revealed {
  if (revealed === null) return null;
  return revealed + 1 >= tierCount ? null : revealed + 1;
}

/** One tier fewer, down to none (the bare board, columns only). */
export function hideLast(revealed: Revealed, tierCount: number): Revealed {
  const now = revealed === null ? tierCount : Math.min(revealed, tierCount);
  return Math.max(0, now - 1);
}

/** How many tiers are on screen. */
export const revealedCount = (revealed: Revealed, tierCount: number): number =>
  revealed === null ? tierCount : Math.min(revealed, tierCount);
