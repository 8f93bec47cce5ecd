import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverageScore, tierCoverageCount } from "../../../src/domain/coverage";
import { buildTierIndex } from "../../../src/domain/tierIndex";
import { arbPeerMap } from "../arbitraries";
import { aMap } from "../builders";

describe("the counts behind tier coverage", () => {
  it("are the very numbers the percentage is made of", () => {
    fc.assert(
      fc.property(arbPeerMap(), (map) => {
        const count = tierCoverageCount(buildTierIndex(map));
        const score = coverageScore(map);
        if (count === null) expect(score).toBeNull();
        else expect(score).toBe(Math.floor((count.covered * 100) / count.staffed));
      }),
    );
  });

  it("count staffed tiers only, and the covered ones among them", () => {
    const map = aMap()
      .withOrgs("Acme", "Globex")
      .withTiers("Executive sponsor", "Sales", "Marketing")
      .withPerson("ada", { org: "a", tier: "Executive sponsor", at: { x: 0, y: 16 } })
      .withPerson("ben", { org: "b", tier: "Executive sponsor", at: { x: 0, y: 16 } })
      .withPerson("cy", { org: "a", tier: "Sales", at: { x: 0, y: 16 } })
      .withLink("ada", "ben", 4)
      .build();
    expect(tierCoverageCount(buildTierIndex(map))).toEqual({ covered: 1, staffed: 2 });
  });
});
