import { inReadingOrder } from "./cellPlaces";
import type { PeerMap, Person } from "./model";
import {
  buildTierIndex,
  isPeerLinked,
  isPeerPlanned,
  lacksPeerLink,
  type TierIndex,
} from "./tierIndex";

/** A dashed "missing link" ghost the canvas offers to draw between two peers. */
export interface LinkSuggestion {
  id: string;
  tierId: string;
  /** Always someone from organisation a. */
  source: string;
  /** Always someone from organisation b. */
  target: string;
}

export function suggestionsFromIndex(index: TierIndex): LinkSuggestion[] {
  const suggestions: LinkSuggestion[] = [];
  for (const lane of index.lanes) {
    if (!lacksPeerLink(lane)) continue;
    const unpaired = (people: readonly Person[]) =>
      inReadingOrder(
        // Someone with a planned peer link already has their counterpart chosen: the planned
        // line stands where the ghost would, so they are not offered a second one.
        people.filter(
          (person) => !isPeerLinked(index, person.id) && !isPeerPlanned(index, person.id),
        ),
      );
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
