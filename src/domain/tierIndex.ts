import {
  isHealthy,
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
  /** Only people whose tier exists: anyone else is invisible to the analysis. */
  personById: Map<string, Person>;
  /** Each person's place in their tier's roster order, for stable sorting. */
  rankInTier: Map<string, number>;
  /** Cross-organisation relationships between known people, whatever their tiers. */
  crossOrgLinkCount: number;
  crossOrgDegree: Map<string, number>;
  /** People with at least one cross-organisation relationship inside their own tier. */
  peerLinked: Set<string>;
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

  const personById = new Map<string, Person>();
  const rankInTier = new Map<string, number>();
  for (const person of map.people) {
    const lane = laneByTierId.get(person.tierId);
    if (!lane || personById.has(person.id)) continue;
    personById.set(person.id, person);
    rankInTier.set(person.id, lane.people.length);
    lane.people.push(person);
    lane.byOrg[person.org].push(person);
  }

  let crossOrgLinkCount = 0;
  const crossOrgDegree = new Map<string, number>();
  const peerLinked = new Set<string>();
  for (const relationship of map.relationships) {
    const source = personById.get(relationship.source);
    const target = personById.get(relationship.target);
    if (!source || !target || source.org === target.org) continue;
    crossOrgLinkCount += 1;
    crossOrgDegree.set(source.id, (crossOrgDegree.get(source.id) ?? 0) + 1);
    crossOrgDegree.set(target.id, (crossOrgDegree.get(target.id) ?? 0) + 1);
    const lane = source.tierId === target.tierId ? laneByTierId.get(source.tierId) : undefined;
    if (!lane) continue;
    lane.peerLinks.push(relationship);
    if (isHealthy(relationship, map.settings)) lane.hasHealthyPeerLink = true;
    peerLinked.add(source.id);
    peerLinked.add(target.id);
  }

  return {
    map,
    lanes,
    laneByTierId,
    personById,
    rankInTier,
    crossOrgLinkCount,
    crossOrgDegree,
    peerLinked,
  };
}

/** Both sides have someone in the tier but no one is linked across it. */
export const lacksPeerLink = (lane: TierLane): boolean =>
  lane.byOrg.a.length > 0 && lane.byOrg.b.length > 0 && lane.peerLinks.length === 0;
