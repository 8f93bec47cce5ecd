import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COVERAGE_DEFINITIONS,
  COVERAGE_UNMEASURED,
  coverageScore,
  peopleCoverage,
  tierStatesFromIndex,
} from "../../../src/domain/coverage";
import type { OrgKey, PeerMap, Strength } from "../../../src/domain/model";
import { STRENGTHS } from "../../../src/domain/model";
import { buildTierIndex } from "../../../src/domain/tierIndex";
import { arbPeerMap } from "../arbitraries";
import { aMap, type MapBuilder } from "../builders";

const acmeAndGlobex = () =>
  aMap().withOrgs("Acme", "Globex").withTiers("Executive sponsor", "Sales", "Marketing");

/** People placed on the board (given a position), as the add form places them. */
const placed = (builder: MapBuilder, org: OrgKey, tier: string, ...handles: string[]) =>
  handles.reduce<MapBuilder>(
    (b, handle) => b.withPerson(handle, { org, tier, at: { x: 0, y: 16 } }),
    builder,
  );

/** Both sides placed in a tier, joined by one link of the given strength. */
const pairedAt = (tier: string, strength: Strength = 4) => {
  const handle = tier.toLowerCase().replace(/\s+/g, "-");
  return (builder: MapBuilder) =>
    placed(placed(builder, "a", tier, `${handle}-acme`), "b", tier, `${handle}-globex`).withLink(
      `${handle}-acme`,
      `${handle}-globex`,
      strength,
    );
};

const states = (map: PeerMap) =>
  tierStatesFromIndex(buildTierIndex(map)).map(({ tierName, state }) => `${tierName}: ${state}`);

describe("coverage score", () => {
  it("cannot be measured (null, shown as —) on a map nobody has been added to yet", () => {
    expect(coverageScore(acmeAndGlobex().build())).toBeNull();
    expect(peopleCoverage(acmeAndGlobex().build())).toBeNull();
  });

  it("cannot be measured while one organisation has nobody placed", () => {
    const oneSide = placed(acmeAndGlobex(), "a", "Sales", "ada", "alan").withLink("ada", "alan", 5);
    expect(coverageScore(oneSide.build())).toBeNull();
    expect(peopleCoverage(oneSide.build())).toBeNull();
    // Someone of the other side only in the roster (not on the board) does not count either.
    const planned = oneSide.withPeople("b", "Sales", "grace").withLink("ada", "grace", 5);
    expect(coverageScore(planned.build())).toBeNull();
    expect(peopleCoverage(planned.build())).toBeNull();
  });

  it("is 100 when every tier with people has a healthy peer link, ignoring empty tiers", () => {
    const map = pairedAt("Sales")(acmeAndGlobex()).build();
    expect(coverageScore(map)).toBe(100);
    expect(peopleCoverage(map)).toBe(100);
  });

  it("is 0, not —, once both sides are placed but nobody is linked", () => {
    const map = placed(placed(acmeAndGlobex(), "a", "Sales", "ada"), "b", "Sales", "grace");
    expect(coverageScore(map.build())).toBe(0);
    expect(peopleCoverage(map.build())).toBe(0);
  });

  it("counts one-sided tiers as uncovered", () => {
    const map = placed(pairedAt("Sales")(acmeAndGlobex()), "a", "Marketing", "ada").build();
    expect(coverageScore(map)).toBe(50);
    expect(peopleCoverage(map)).toBe(66);
  });

  it("rounds down, so two tiers out of three is 66, not 67", () => {
    const map = placed(
      pairedAt("Sales")(pairedAt("Executive sponsor")(acmeAndGlobex())),
      "b",
      "Marketing",
      "grace",
    ).build();
    expect(coverageScore(map)).toBe(66);
    expect(peopleCoverage(map)).toBe(80);
  });

  it("does not count weak links, links across tiers or internal links as coverage", () => {
    const map = placed(
      placed(pairedAt("Sales", 2)(acmeAndGlobex()), "a", "Executive sponsor", "ada", "alan"),
      "b",
      "Executive sponsor",
      "grace",
    )
      .withLink("ada", "alan", 5)
      .withLink("ada", "sales-globex", 5)
      .build();
    expect(coverageScore(map)).toBe(0);
    expect(peopleCoverage(map)).toBe(0);
  });

  it("counts only the people a healthy peer link reaches, not their whole tier", () => {
    const map = placed(pairedAt("Sales")(acmeAndGlobex()), "a", "Sales", "ada", "alan").build();
    expect(coverageScore(map)).toBe(100);
    expect(peopleCoverage(map)).toBe(50);
  });

  it("leaves unplaced people out of people coverage, but not out of their tier", () => {
    const map = pairedAt("Sales")(acmeAndGlobex()).withPeople("a", "Sales", "waiting").build();
    expect(peopleCoverage(map)).toBe(100);
    expect(states(map)).toContain("Sales: covered");
  });

  it("moves with the healthy threshold", () => {
    const map = pairedAt("Sales", 3)(acmeAndGlobex());
    expect(coverageScore(map.build())).toBe(100);
    expect(peopleCoverage(map.build())).toBe(100);
    expect(coverageScore(map.withHealthyThreshold(4).build())).toBe(0);
    expect(peopleCoverage(map.withHealthyThreshold(4).build())).toBe(0);
  });

  it("ignores people in tiers that no longer exist", () => {
    const map = pairedAt("Sales")(acmeAndGlobex())
      .withPerson("ghost", { org: "a", tierId: "deleted", at: { x: 0, y: 16 } })
      .build();
    expect(coverageScore(map)).toBe(100);
    expect(peopleCoverage(map)).toBe(100);
    const alone = acmeAndGlobex()
      .withPerson("ada", { org: "a", tierId: "deleted", at: { x: 0, y: 16 } })
      .build();
    expect(coverageScore(alone)).toBeNull();
  });
});

describe("tier states", () => {
  it("names each tier's state: covered, weak, missing, one-sided, empty", () => {
    const map = placed(
      placed(pairedAt("Executive sponsor")(acmeAndGlobex()), "a", "Sales", "ada"),
      "b",
      "Sales",
      "grace",
    );
    expect(states(map.build())).toEqual([
      "Executive sponsor: covered",
      "Sales: missing",
      "Marketing: empty",
    ]);
    const weak = placed(map, "a", "Marketing", "alan").withLink("ada", "grace", 1);
    expect(states(weak.build())).toEqual([
      "Executive sponsor: covered",
      "Sales: weak",
      "Marketing: one-sided",
    ]);
  });

  it("calls a tier with only a cross-tier link missing, not covered", () => {
    const map = placed(
      placed(acmeAndGlobex(), "a", "Sales", "ada"),
      "b",
      "Executive sponsor",
      "grace",
    )
      .withLink("ada", "grace", 5)
      .build();
    expect(states(map)).toEqual([
      "Executive sponsor: one-sided",
      "Sales: one-sided",
      "Marketing: empty",
    ]);
    expect(coverageScore(map)).toBe(0);
    expect(peopleCoverage(map)).toBe(0);
  });
});

describe("coverage properties", () => {
  it("is — or a whole number from 0 to 100, and both figures agree on which", () => {
    fc.assert(
      fc.property(arbPeerMap({ withDebris: true }), (map) => {
        const tiers = coverageScore(map);
        const people = peopleCoverage(map);
        expect(tiers === null).toBe(people === null);
        for (const value of [tiers, people]) {
          if (value !== null)
            expect(Number.isInteger(value) && value >= 0 && value <= 100).toBe(true);
        }
      }),
    );
  });

  it("counts the share of placed people with a healthy peer link, as its definition says", () => {
    fc.assert(
      fc.property(arbPeerMap({ withPlanned: true }), (map) => {
        const people = peopleCoverage(map);
        if (people === null) return;
        const tierIds = new Set(map.tiers.map((t) => t.id));
        const onBoard = map.people.filter((p) => p.position && tierIds.has(p.tierId));
        const byId = new Map(onBoard.map((p) => [p.id, p]));
        const linked = new Set<string>();
        for (const r of map.relationships) {
          const [s, t] = [byId.get(r.source), byId.get(r.target)];
          if (!s || !t || s.org === t.org || s.tierId !== t.tierId || r.planned) continue;
          if (r.strength < map.settings.healthyThreshold) continue;
          linked.add(s.id).add(t.id);
        }
        expect(people).toBe(Math.floor((linked.size * 100) / onBoard.length));
        expect(people === 100).toBe(onBoard.every((p) => linked.has(p.id)));
      }),
    );
  });

  it("never goes down when a healthy same-tier link between two placed people is added", () => {
    const arb = arbPeerMap().chain((map) => {
      const tierIds = new Set(map.tiers.map((t) => t.id));
      const onBoard = map.people.filter((p) => p.position && tierIds.has(p.tierId));
      const pairs = onBoard.flatMap((p) =>
        onBoard
          .filter((q) => p.org === "a" && q.org === "b" && q.tierId === p.tierId)
          .map((q) => [p, q] as const),
      );
      if (pairs.length === 0) return fc.constant<[PeerMap, PeerMap]>([map, map]);
      return fc
        .tuple(
          fc.constantFrom(...pairs),
          fc.constantFrom(...STRENGTHS.filter((s) => s >= map.settings.healthyThreshold)),
        )
        .map(([[p, q], strength]): [PeerMap, PeerMap] => [
          map,
          {
            ...map,
            relationships: [
              ...map.relationships,
              { id: "added", source: p.id, target: q.id, strength },
            ],
          },
        ]);
    });
    fc.assert(
      fc.property(arb, ([before, after]) => {
        for (const figure of [coverageScore, peopleCoverage]) {
          const [was, now] = [figure(before), figure(after)];
          if (was === null) expect(now).toBeNull();
          else expect(now).toBeGreaterThanOrEqual(was);
        }
      }),
    );
  });
});

describe("coverage definitions", () => {
  it("are written in docs/gaps.md exactly as the gaps panel shows them", () => {
    const doc = readFileSync(
      fileURLToPath(new URL("../../../docs/gaps.md", import.meta.url)),
      "utf8",
    );
    const flat = doc.replace(/\s+/g, " ");
    expect(flat).toContain(COVERAGE_DEFINITIONS.tiers);
    expect(flat).toContain(COVERAGE_DEFINITIONS.people);
    expect(flat).toContain(COVERAGE_UNMEASURED);
  });
});
