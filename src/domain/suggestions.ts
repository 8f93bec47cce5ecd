import type { PeerMap, Person, Position } from "./model";
import { buildTierIndex, lacksPeerLink, type TierIndex } from "./tierIndex";

/** A dashed "missing link" ghost the canvas offers to draw between two peers. */
export interface LinkSuggestion {
  id: string;
  tierId: string;
  /** Always someone from organisation a. */
  source: string;
  /** Always someone from organisation b. */
  target: string;
}

/**
 * Top to bottom, then left to right, as the facilitator sees the lane; people still
 * only in the roster come last, in roster order (Array#sort is stable).
 */
function inReadingOrder(people: readonly Person[]): Person[] {
  const placed: Array<[Position, Person]> = [];
  const unplaced: Person[] = [];
  for (const person of people) {
    if (person.position) placed.push([person.position, person]);
    else unplaced.push(person);
  }
  placed.sort(([p], [q]) => p.y - q.y || p.x - q.x);
  return [...placed.map(([, person]) => person), ...unplaced];
}

export function suggestionsFromIndex(index: TierIndex): LinkSuggestion[] {
  const suggestions: LinkSuggestion[] = [];
  for (const lane of index.lanes) {
    if (!lacksPeerLink(lane)) continue;
    const unpaired = (people: readonly Person[]) =>
      inReadingOrder(people.filter((person) => !index.peerLinked.has(person.id)));
    const ours = unpaired(lane.byOrg.a);
    const theirs = unpaired(lane.byOrg.b);
    const pairs = Math.min(ours.length, theirs.length);
    for (let i = 0; i < pairs; i += 1) {
      const source = ours[i];
      const target = theirs[i];
      if (!source || !target) continue;
      suggestions.push({
        id: `suggestion:${lane.tier.id}:${source.id}:${target.id}`,
        tierId: lane.tier.id,
        source: source.id,
        target: target.id,
      });
    }
  }
  return suggestions;
}

/**
 * For each tier where both sides are present but nobody is linked, pairs people off
 * in reading order so each gets at most one suggested counterpart; leftovers stay
 * unpaired rather than piling several ghosts on one person.
 */
export function suggestMissingLinks(map: PeerMap): LinkSuggestion[] {
  return suggestionsFromIndex(buildTierIndex(map));
}
