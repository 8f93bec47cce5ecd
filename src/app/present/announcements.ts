/**
 * What present mode says out loud (on screen and to screen readers) when the room rates a
 * relationship; a person added is said in quickAdd's words (src/panels/quickEntry). Pure, so
 * the wording is tested without a browser.
 */

import { type PeerMap, type Relationship, STRENGTH_LABELS } from "../../domain/model";

const nameOf = (map: PeerMap, id: string): string =>
  map.people.find((p) => p.id === id)?.name.trim() || "someone";

/** The two names as the board shows them: our side (the left column) first. */
function pairName(map: PeerMap, r: Relationship): string {
  const source = map.people.find((p) => p.id === r.source);
  const [first, second] = source?.org === "b" ? [r.target, r.source] : [r.source, r.target];
  return `${nameOf(map, first)} and ${nameOf(map, second)}`;
}

/**
 * "Ada Lovelace and Ben Ng: now 5 Trusted" for the relationship whose rating changed between
 * two versions of a map ("3 relationships: now 4 Strong" for several rated at once); null when
 * no rating changed.
 */
export function ratingAnnouncement(before: PeerMap, after: PeerMap): string | null {
  if (before.relationships === after.relationships) return null;
  const old = new Map(before.relationships.map((r) => [r.id, r.strength]));
  const changed = after.relationships.filter((r) => old.has(r.id) && old.get(r.id) !== r.strength);
  const [r] = changed;
  if (!r) return null;
  const rating = `now ${r.strength} ${STRENGTH_LABELS[r.strength]}`;
  if (changed.length > 1) {
    const same = changed.every((c) => c.strength === r.strength);
    return same ? `${changed.length} relationships: ${rating}` : null;
  }
  return `${pairName(after, r)}: ${rating}`;
}
