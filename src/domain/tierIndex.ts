import {
  isBelowTarget,
  isExisting,
  isHealthy,
  isPlaced,
  type OrgKey,
  type PeerMap,
  type Person,
  type Relationship,
  type Tier,
} from "./model";

/** One tier lane of the map with everything the gap analysis asks about it. */
export interface TierLane {
  tier: Tier;
  /** 0 for the most senior tier. */
  rank: number;
  /** Everyone in the tier, both organisations, in roster order. */
  people: Person[];
  byOrg: Record<OrgKey, Person[]>;
  /** Cross-organisation relationships with both ends in this tier. */
  peerLinks: Relationship[];
  hasHealthyPeerLink: boolean;
}

export interface TierIndex {
  map: PeerMap;
  /** In tier order, most senior first. */
  lanes: TierLane[];
  laneByTierId: Map<string, TierLane>;
  /**
   * Everyone whose tier exists, each once (anyone else is invisible to the analysis). A
   * person's index here is their slot in the arrays below.
   */
  people: Person[];
  slotById: Map<string, number>;
  /** Each person's place in their tier's roster order, for stable sorting; by slot. */
  rankInTier: Int32Array;
  /** Cross-organisation relationships between known people, whatever their tiers. */
  crossOrgLinkCount: number;
  /** How many cross-organisation relationships each person has; by slot. */
  crossOrgDegree: Int32Array;
  /** 1 for people with a cross-organisation relationship inside their own tier; by slot. */
  peerLinked: Uint8Array;
  /** 1 for people with a planned (not yet existing) peer link inside their own tier; by slot. */
  peerPlanned: Uint8Array;
  /**
   * 1 for people placed on the board with a healthy peer link to someone placed in their own
   * tier: who counts as covered in people coverage; by slot.
   */
  healthyPlacedPeer: Uint8Array;
  /** Existing cross-organisation relationships rated below their target, in map order. */
  belowTarget: Relationship[];
}

export function personIn(index: TierIndex, id: string): Person | undefined {
  const slot = index.slotById.get(id);
  return slot === undefined ? undefined : index.people[slot];
}

export function isPeerLinked(index: TierIndex, id: string): boolean {
  const slot = index.slotById.get(id);
  return slot !== undefined && index.peerLinked[slot] === 1;
}

export function isPeerPlanned(index: TierIndex, id: string): boolean {
  const slot = index.slotById.get(id);
  return slot !== undefined && index.peerPlanned[slot] === 1;
}

/** Place in the tier's roster order, or -1 for someone the index does not know. */
export function rankInTierOf(index: TierIndex, id: string): number {
  const slot = index.slotById.get(id);
  return slot === undefined ? -1 : (index.rankInTier[slot] ?? -1);
}

/**
 * Indexes the map in one pass over tiers, people and relationships, so that every
 * analysis built on it stays linear however dense the map gets.
 */
export function buildTierIndex(map: PeerMap): TierIndex {
  const lanes: TierLane[] = [];
  const laneByTierId = new Map<string, TierLane>();
  for (const tier of map.tiers) {
    // A duplicated tier id would otherwise split one lane's people across two lanes.
    if (laneByTierId.has(tier.id)) continue;
    const lane: TierLane = {
      tier,
      rank: lanes.length,
      people: [],
      byOrg: { a: [], b: [] },
      peerLinks: [],
      hasHealthyPeerLink: false,
    };
    lanes.push(lane);
    laneByTierId.set(tier.id, lane);
  }

  // People get a slot (their index in `people`), so the relationship pass below, the hot loop
  // on a big map, does two lookups per relationship and otherwise only array arithmetic.
  const slotById = new Map<string, number>();
  const people: Person[] = [];
  const laneOfSlot: TierLane[] = [];
  const ranks: number[] = [];
  for (const person of map.people) {
    const lane = laneByTierId.get(person.tierId);
    if (!lane || slotById.has(person.id)) continue;
    slotById.set(person.id, people.length);
    people.push(person);
    laneOfSlot.push(lane);
    ranks.push(lane.people.length);
    lane.people.push(person);
    lane.byOrg[person.org].push(person);
  }

  let crossOrgLinkCount = 0;
  const crossOrgDegree = new Int32Array(people.length);
  const peerLinked = new Uint8Array(people.length);
  const peerPlanned = new Uint8Array(people.length);
  const healthyPlacedPeer = new Uint8Array(people.length);
  const belowTarget: Relationship[] = [];
  for (const relationship of map.relationships) {
    const s = slotById.get(relationship.source);
    const t = slotById.get(relationship.target);
    if (s === undefined || t === undefined) continue;
    if ((people[s] as Person).org === (people[t] as Person).org) continue;
    if (!isExisting(relationship)) {
      if (laneOfSlot[s] === laneOfSlot[t]) {
        peerPlanned[s] = 1;
        peerPlanned[t] = 1;
      }
      continue;
    }
    if (isBelowTarget(relationship)) belowTarget.push(relationship);
    crossOrgLinkCount += 1;
    crossOrgDegree[s] = (crossOrgDegree[s] ?? 0) + 1;
    crossOrgDegree[t] = (crossOrgDegree[t] ?? 0) + 1;
    const lane = laneOfSlot[s];
    if (!lane || lane !== laneOfSlot[t]) continue;
    lane.peerLinks.push(relationship);
    peerLinked[s] = 1;
    peerLinked[t] = 1;
    if (!isHealthy(relationship, map.settings)) continue;
    lane.hasHealthyPeerLink = true;
    if (isPlaced(people[s]) && isPlaced(people[t])) {
      healthyPlacedPeer[s] = 1;
      healthyPlacedPeer[t] = 1;
    }
  }

  return {
    map,
    lanes,
    laneByTierId,
    people,
    slotById,
    rankInTier: Int32Array.from(ranks),
    crossOrgLinkCount,
    crossOrgDegree,
    peerLinked,
    peerPlanned,
    healthyPlacedPeer,
    belowTarget,
  };
}
/** Both sides have someone in the tier but no one is linked across it. */
export const lacksPeerLink = (lane: TierLane): boolean =>
  lane.byOrg.a.length > 0 && lane.byOrg.b.length > 0 && lane.peerLinks.length === 0;
