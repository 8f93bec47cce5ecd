import { isPlaced, type PeerMap } from "./model";
import { buildTierIndex, type TierIndex, type TierLane } from "./tierIndex";

/**
 * What one tier contributes to coverage, worst first: nobody in it, one organisation only,
 * both but unlinked, linked but below the healthy threshold, or a healthy peer link.
 */
export const TIER_STATES = ["empty", "one-sided", "missing", "weak", "covered"] as const;
export type TierState = (typeof TIER_STATES)[number];

export interface TierCoverage {
  tierId: string;
  tierName: string;
  state: TierState;
}

/** The sentence the gaps panel, the docs and the gap report use to define each figure. */
export const COVERAGE_DEFINITIONS = {
  tiers:
    "Tier coverage: the share of tiers with people in them where someone from each organisation has a healthy link to a peer of the same tier.",
  people:
    "People coverage: the share of people placed in a tier who have at least one healthy link to someone of the other organisation in their own tier.",
} as const;

/** Why neither figure can be measured yet, for a map where one side has nobody placed. */
export const COVERAGE_UNMEASURED = "Add people on both sides to measure coverage.";

/** Both organisations have someone placed on the board: only then is coverage a number. */
export function canMeasureCoverage(index: TierIndex): boolean {
  let a = false;
  let b = false;
  for (const person of index.people) {
    if (!isPlaced(person)) continue;
    if (person.org === "a") a = true;
    else b = true;
    if (a && b) return true;
  }
  return false;
}

export function tierStateOf(lane: TierLane): TierState {
  const a = lane.byOrg.a.length > 0;
  const b = lane.byOrg.b.length > 0;
  if (!a && !b) return "empty";
  if (a !== b) return "one-sided";
  if (lane.peerLinks.length === 0) return "missing";
  return lane.hasHealthyPeerLink ? "covered" : "weak";
}

export const tierStatesFromIndex = (index: TierIndex): TierCoverage[] =>
  index.lanes.map((lane) => ({
    tierId: lane.tier.id,
    tierName: lane.tier.name,
    state: tierStateOf(lane),
  }));

// Floor, so that 100 is reserved for a map where every counted thing is covered.
const percent = (part: number, whole: number): number => Math.floor((part * 100) / whole);

/**
 * Tier coverage (0..100, see COVERAGE_DEFINITIONS.tiers), or null until both organisations
 * have someone placed: an empty or one-sided map has measured nothing, so it is never 100.
 */
export function coverageFromIndex(index: TierIndex): number | null {
  const count = tierCoverageCount(index);
  return count && percent(count.covered, count.staffed);
}

/**
 * The two numbers behind tier coverage: tiers with people in them, and those of them with a
 * healthy peer link; null until coverage can be measured (as `coverageFromIndex`).
 */
export function tierCoverageCount(index: TierIndex): { covered: number; staffed: number } | null {
  if (!canMeasureCoverage(index)) return null;
  let staffed = 0;
  let covered = 0;
  for (const lane of index.lanes) {
    if (lane.people.length === 0) continue;
    staffed += 1;
    if (lane.hasHealthyPeerLink) covered += 1;
  }
  return { covered, staffed };
}

/** People coverage (0..100, see COVERAGE_DEFINITIONS.people), or null like tier coverage. */
export function peopleCoverageFromIndex(index: TierIndex): number | null {
  if (!canMeasureCoverage(index)) return null;
  let covered = 0;
  for (const flag of index.healthyPlacedPeer) covered += flag;
  return percent(covered, index.people.filter(isPlaced).length);
}

export const coverageScore = (map: PeerMap): number | null =>
  coverageFromIndex(buildTierIndex(map));

export const peopleCoverage = (map: PeerMap): number | null =>
  peopleCoverageFromIndex(buildTierIndex(map));

/** "66%", or "—" when coverage cannot be measured yet. */
export const percentText = (value: number | null): string => (value === null ? "—" : `${value}%`);
