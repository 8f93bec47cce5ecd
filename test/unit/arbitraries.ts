/**
 * fast-check arbitraries for PeerMap documents, shared by property tests.
 *
 * Maps are kept small and dense (few tiers, a dozen people, a score of links) so that
 * every interesting situation shows up often: one-sided tiers, weak and healthy links,
 * internal links, people piling up links. People ids are "p0", "p1"...; relationship ids
 * "r0", "r1"...; tier ids "t0", "t1"...
 */
import fc from "fast-check";
import {
  type OrgKey,
  type PeerMap,
  type Person,
  type Position,
  type Relationship,
  STRENGTHS,
  type Strength,
} from "../../src/domain/model";
import { FIXED_NOW } from "./builders";

export interface MapArbitraryOptions {
  maxTiers?: number;
  maxPeople?: number;
  maxRelationships?: number;
  /**
   * Also generate the debris an editor can leave behind: relationships to people who do
   * not exist and people in a tier that does not exist. Off by default.
   */
  withDebris?: boolean;
  /** Also mark some relationships planned (drawn, not yet existing). Off by default. */
  withPlanned?: boolean;
}

export const arbStrength: fc.Arbitrary<Strength> = fc.constantFrom(...STRENGTHS);

export const arbOrgKey: fc.Arbitrary<OrgKey> = fc.constantFrom<OrgKey>("a", "b");

/** A position in a cell: three cards wide, a handful of rows (see the file format). */
export const arbPosition: fc.Arbitrary<Position> = fc.record({
  x: fc.constantFrom(0, 216, 432),
  y: fc.constantFrom(16, 104, 192, 280),
});

export function arbPeerMap(options: MapArbitraryOptions = {}): fc.Arbitrary<PeerMap> {
  const {
    maxTiers = 4,
    maxPeople = 12,
    maxRelationships = 20,
    withDebris = false,
    withPlanned = false,
  } = options;
  return fc
    .record({
      tierCount: fc.integer({ min: 1, max: maxTiers }),
      personCount: fc.integer({ min: 0, max: maxPeople }),
      healthyThreshold: arbStrength,
    })
    .chain(({ tierCount, personCount, healthyThreshold }) => {
      // One index past the end stands for "a tier / person that does not exist".
      const tierIndex = fc.integer({ min: 0, max: withDebris ? tierCount : tierCount - 1 });
      const endIndex = fc.integer({
        min: 0,
        max: withDebris ? personCount : Math.max(0, personCount - 1),
      });
      const person = fc.record({
        org: arbOrgKey,
        tier: tierIndex,
        position: fc.option(arbPosition, { nil: undefined }),
      });
      const relationship = fc.record({
        source: endIndex,
        target: endIndex,
        strength: arbStrength,
        planned: withPlanned ? fc.boolean() : fc.constant(false),
      });
      return fc.record({
        tierCount: fc.constant(tierCount),
        healthyThreshold: fc.constant(healthyThreshold),
        people: fc.array(person, { minLength: personCount, maxLength: personCount }),
        // Self-links drawn here are dropped below, like an editor would refuse them.
        relationships: fc.array(relationship, { maxLength: maxRelationships }),
      });
    })
    .map(({ tierCount, healthyThreshold, people, relationships }): PeerMap => {
      const tiers = Array.from({ length: tierCount }, (_, i) => ({
        id: `t${i}`,
        name: `Tier ${i}`,
      }));
      const mapPeople: Person[] = people.map(({ org, tier, position }, i) => ({
        id: `p${i}`,
        org,
        name: `Person ${i}`,
        tierId: `t${tier}`,
        ...(position && { position }),
      }));
      const mapRelationships: Relationship[] = relationships
        .filter(({ source, target }) => source !== target)
        .map(({ source, target, strength, planned }, i) => ({
          id: `r${i}`,
          source: `p${source}`,
          target: `p${target}`,
          strength,
          ...(planned && { planned }),
        }));
      return {
        id: "map-arbitrary",
        name: "Arbitrary map",
        orgs: { a: { name: "Ours", color: "#2563eb" }, b: { name: "Theirs", color: "#c2410c" } },
        tiers,
        people: mapPeople,
        relationships: mapRelationships,
        actions: [],
        settings: { healthyThreshold },
        createdAt: FIXED_NOW,
        updatedAt: FIXED_NOW,
      };
    });
}

/** The same map with its people and relationships listed in another order. */
export function arbReordered(map: PeerMap): fc.Arbitrary<PeerMap> {
  const all = <T>(items: T[]) =>
    fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
  return fc
    .tuple(all(map.people), all(map.relationships))
    .map(([people, relationships]) => ({ ...map, people, relationships }));
}
