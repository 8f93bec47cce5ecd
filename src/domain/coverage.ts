import type { PeerMap } from "./model";
import { buildTierIndex, type TierIndex } from "./tierIndex";

/** Coverage from an index already built, so analyseMap indexes only once. */
export function coverageFromIndex(index: TierIndex): number {
  let staffed = 0;
  let covered = 0;
  for (const lane of index.lanes) {
    if (lane.people.length === 0) continue;
    staffed += 1;
    if (lane.hasHealthyPeerLink) covered += 1;
  }
  if (staffed === 0) return 100;
  // Floor, so that 100 is reserved for a map where every staffed tier is covered.
  return Math.floor((covered * 100) / staffed);
}

/**
 * Share (0..100) of staffed tiers that have a healthy cross-organisation link between
 * peers of that tier. A map with nobody on it has nothing uncovered, hence 100.
 */
export function coverageScore(map: PeerMap): number {
  return coverageFromIndex(buildTierIndex(map));
}
