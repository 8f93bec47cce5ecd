import { describe, expect, it } from "vitest";
import { coverageScore } from "../../../src/domain/coverage";
import { aMap } from "../builders";

const acmeAndGlobex = () =>
  aMap().withOrgs("Acme", "Globex").withTiers("Executive sponsor", "Sales", "Marketing");

/** Both sides present in a tier, joined by one link of the given strength. */
const pairedAt = (tier: string, strength: 1 | 2 | 3 | 4 | 5 = 4) => {
  const handle = tier.toLowerCase().replace(/\s+/g, "-");
  return (builder: ReturnType<typeof acmeAndGlobex>) =>
    builder
      .withPeople("a", tier, `${handle}-acme`)
      .withPeople("b", tier, `${handle}-globex`)
      .withLink(`${handle}-acme`, `${handle}-globex`, strength);
};

describe("coverage score", () => {
  it("is 100 for a map nobody has been added to yet", () => {
    expect(coverageScore(acmeAndGlobex().build())).toBe(100);
  });

  it("is 100 when every tier with people has a healthy peer link, ignoring empty tiers", () => {
    const map = pairedAt("Sales")(acmeAndGlobex()).build();
    expect(coverageScore(map)).toBe(100);
  });

  it("counts one-sided tiers as uncovered", () => {
    const map = pairedAt("Sales")(acmeAndGlobex()).withPeople("a", "Marketing", "ada").build();
    expect(coverageScore(map)).toBe(50);
  });

  it("rounds down, so two tiers out of three is 66, not 67", () => {
    const map = pairedAt("Sales")(pairedAt("Executive sponsor")(acmeAndGlobex()))
      .withPeople("b", "Marketing", "grace")
      .build();
    expect(coverageScore(map)).toBe(66);
  });

  it("does not count weak links, links across tiers or internal links as coverage", () => {
    const map = pairedAt(
      "Sales",
      2,
    )(acmeAndGlobex())
      .withPeople("a", "Executive sponsor", "ada", "alan")
      .withPeople("b", "Executive sponsor", "grace")
      .withLink("ada", "alan", 5)
      .withLink("ada", "sales-globex", 5)
      .build();
    expect(coverageScore(map)).toBe(0);
  });

  it("moves with the healthy threshold", () => {
    const map = pairedAt("Sales", 3)(acmeAndGlobex());
    expect(coverageScore(map.build())).toBe(100);
    expect(coverageScore(map.withHealthyThreshold(4).build())).toBe(0);
  });

  it("ignores people in tiers that no longer exist", () => {
    const map = acmeAndGlobex().withPerson("ada", { org: "a", tierId: "deleted" }).build();
    expect(coverageScore(map)).toBe(100);
  });
});
