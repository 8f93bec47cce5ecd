import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverageScore } from "../../../src/domain/coverage";
import {
  analyseMap,
  findGaps,
  GAP_KINDS,
  GAP_SEVERITIES,
  type Gap,
} from "../../../src/domain/gaps";
import { type PeerMap, type Person, STRENGTHS } from "../../../src/domain/model";
import { suggestMissingLinks } from "../../../src/domain/suggestions";
import { arbPeerMap, arbReordered } from "../arbitraries";

const TIER_GAP_KINDS = new Set(["missing-counterpart", "missing-peer-link", "weak-peer-link"]);

/** A gap with its people sorted, so gaps compare equal whatever the roster order. */
const normalised = (gap: Gap) => ({ ...gap, personIds: [...gap.personIds].sort() });
const asSet = (gaps: Gap[]) =>
  gaps.map(normalised).sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));

/** Every (ours, theirs) pair of people sharing a tier that exists. */
function peerPairs(map: PeerMap): Array<[Person, Person]> {
  const known = new Set(map.tiers.map((tier) => tier.id));
  const pairs: Array<[Person, Person]> = [];
  for (const a of map.people) {
    if (a.org !== "a" || !known.has(a.tierId)) continue;
    for (const b of map.people) if (b.org === "b" && b.tierId === a.tierId) pairs.push([a, b]);
  }
  return pairs;
}

/** A map, and the same map with one more healthy, same-tier, cross-org link. */
const arbBeforeAndAfterHealthyLink = arbPeerMap()
  .filter((map) => peerPairs(map).length > 0)
  .chain((before) =>
    fc
      .tuple(
        fc.constantFrom(...peerPairs(before)),
        fc.constantFrom(...STRENGTHS.filter((s) => s >= before.settings.healthyThreshold)),
      )
      .map(([[a, b], strength]): [PeerMap, PeerMap] => [
        before,
        {
          ...before,
          relationships: [
            ...before.relationships,
            { id: "added", source: a.id, target: b.id, strength },
          ],
        },
      ]),
  );

describe("gap analysis properties", () => {
  it("does not depend on the order people and relationships are listed in", () => {
    const arb = arbPeerMap({ withDebris: true }).chain((map) =>
      fc.tuple(fc.constant(map), arbReordered(map)),
    );
    fc.assert(
      fc.property(arb, ([map, reordered]) => {
        expect(asSet(findGaps(reordered))).toEqual(asSet(findGaps(map)));
        expect(coverageScore(reordered)).toBe(coverageScore(map));
      }),
    );
  });

  it("never gains a tier or unpaired gap from an added healthy peer link", () => {
    fc.assert(
      fc.property(arbBeforeAndAfterHealthyLink, ([before, after]) => {
        // Concentration is the exception: one more link can tip someone over half.
        const ids = (map: PeerMap) =>
          findGaps(map)
            .filter((gap) => gap.kind !== "single-point-of-failure")
            .map((gap) => gap.id);
        const previous = new Set(ids(before));
        for (const id of ids(after)) expect(previous).toContain(id);
      }),
    );
  });

  it("scores 100 exactly when no tier has a missing or weak peer gap", () => {
    fc.assert(
      fc.property(arbPeerMap({ withDebris: true }), (map) => {
        const tierGaps = findGaps(map).filter((gap) => TIER_GAP_KINDS.has(gap.kind));
        const coverage = coverageScore(map);
        // Unmeasured (—) until both sides have someone placed; coverage.test.ts checks when.
        if (coverage === null) return;
        expect(Number.isInteger(coverage) && coverage >= 0 && coverage <= 100).toBe(true);
        expect(coverage === 100).toBe(tierGaps.length === 0);
      }),
    );
  });

  it("lists unique ids, most severe first, and agrees with analyseMap", () => {
    fc.assert(
      fc.property(arbPeerMap({ withDebris: true }), (map) => {
        const analysis = analyseMap(map);
        const gaps = findGaps(map);
        expect(analysis.gaps).toEqual(gaps);
        expect(analysis.coverage).toBe(coverageScore(map));
        expect(analysis.suggestions).toEqual(suggestMissingLinks(map));
        expect(new Set(gaps.map((gap) => gap.id)).size).toBe(gaps.length);
        const severities = gaps.map((gap) => GAP_SEVERITIES.indexOf(gap.severity));
        expect(severities).toEqual([...severities].sort((p, q) => p - q));
        expect(gaps.every((gap) => GAP_KINDS.includes(gap.kind))).toBe(true);
        const unpaired = gaps.filter((gap) => gap.kind === "unpaired").flatMap((g) => g.personIds);
        expect([...analysis.unpairedIds].sort()).toEqual(unpaired.sort());
      }),
    );
  });

  it("suggests each person once, ours to theirs, within a tier that lacks any peer link", () => {
    fc.assert(
      fc.property(arbPeerMap(), (map) => {
        const byId = new Map(map.people.map((person) => [person.id, person]));
        const missing = new Set(
          findGaps(map)
            .filter((gap) => gap.kind === "missing-peer-link")
            .map((gap) => gap.tierId),
        );
        const suggestions = suggestMissingLinks(map);
        const ends = suggestions.flatMap(({ source, target }) => [source, target]);
        expect(new Set(ends).size).toBe(ends.length);
        for (const { tierId, source, target } of suggestions) {
          expect(missing.has(tierId)).toBe(true);
          expect(byId.get(source)).toMatchObject({ org: "a", tierId });
          expect(byId.get(target)).toMatchObject({ org: "b", tierId });
        }
        for (const tierId of missing) {
          expect(suggestions.some((suggestion) => suggestion.tierId === tierId)).toBe(true);
        }
      }),
    );
  });
});
