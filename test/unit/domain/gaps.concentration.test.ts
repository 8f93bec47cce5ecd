import { describe, expect, it } from "vitest";
import { findGaps, type Gap } from "../../../src/domain/gaps";
import { aMap } from "../builders";

/**
 * Ada runs Acme's alliance; Globex has a whole team. Everyone is in one tier so that
 * concentration is the only thing under test besides the tier bookkeeping.
 */
const acmeAndGlobex = () =>
  aMap()
    .withOrgs("Acme", "Globex")
    .withTiers("Alliance management", "Sales")
    .withPerson("ada", { org: "a", tier: "Alliance management", name: "Ada Lovelace" })
    .withPerson("alan", { org: "a", tier: "Alliance management", name: "Alan Turing" })
    .withPeople("b", "Alliance management", "grace", "linus", "barbara", "edsger");

const spofs = (gaps: Gap[]) => gaps.filter((gap) => gap.kind === "single-point-of-failure");

describe("single point of failure", () => {
  it("warns when one person holds most of the links, from four links on", () => {
    const map = acmeAndGlobex()
      .withLink("ada", "grace", 4)
      .withLink("ada", "linus", 4)
      .withLink("ada", "barbara", 3)
      .withLink("alan", "edsger", 3)
      .build();

    expect(spofs(findGaps(map))).toEqual([
      {
        id: "single-point-of-failure:alliance-management:ada",
        kind: "single-point-of-failure",
        severity: "warning",
        tierId: "alliance-management",
        personIds: ["ada"],
        message: "All contact runs through Ada Lovelace (3 of 4 links between Acme and Globex).",
      },
    ]);
  });

  it("stays quiet with only three links, even if they all go through Ada", () => {
    const map = acmeAndGlobex()
      .withLink("ada", "grace")
      .withLink("ada", "linus")
      .withLink("ada", "barbara")
      .build();
    expect(spofs(findGaps(map))).toEqual([]);
  });

  it("needs strictly more than half: two of four links is a fair share", () => {
    const map = acmeAndGlobex()
      .withLink("ada", "grace")
      .withLink("ada", "linus")
      .withLink("alan", "barbara")
      .withLink("alan", "edsger")
      .build();
    expect(spofs(findGaps(map))).toEqual([]);
  });

  it("warns about both ends when two people carry the alliance between them", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Alliance management", "tim")
      .withLink("ada", "grace")
      .withLink("ada", "linus")
      .withLink("ada", "barbara")
      .withLink("alan", "grace")
      .withLink("tim", "grace", 2)
      .build();

    expect(spofs(findGaps(map)).map((gap) => [gap.personIds, gap.message])).toEqual([
      [["ada"], "All contact runs through Ada Lovelace (3 of 5 links between Acme and Globex)."],
      [["grace"], "All contact runs through Grace (3 of 5 links between Acme and Globex)."],
    ]);
  });

  it("counts cross-org links in every tier but not internal or dangling ones", () => {
    const map = acmeAndGlobex()
      .withPeople("b", "Sales", "ken")
      .withLink("ada", "grace")
      .withLink("ada", "linus")
      .withLink("ada", "ken", 2)
      .withLink("alan", "barbara")
      .withLink("ada", "alan", 5)
      .withLink("ada", "ghost")
      .build();

    expect(spofs(findGaps(map)).map((gap) => gap.message)).toEqual([
      "All contact runs through Ada Lovelace (3 of 4 links between Acme and Globex).",
    ]);
  });

  it("files the warning under the person's own tier", () => {
    const map = acmeAndGlobex()
      .withPeople("b", "Sales", "ken", "dennis", "bjarne", "guido")
      .withLink("ken", "ada")
      .withLink("dennis", "ada")
      .withLink("bjarne", "ada")
      .withLink("guido", "alan")
      .build();

    expect(spofs(findGaps(map))[0]?.tierId).toBe("alliance-management");
  });

  it("can appear when a healthy link is added: the one gap that more links can create", () => {
    const before = acmeAndGlobex()
      .withLink("ada", "grace")
      .withLink("ada", "linus")
      .withLink("ada", "barbara");

    expect(spofs(findGaps(before.build()))).toEqual([]);
    expect(spofs(findGaps(before.withLink("ada", "edsger", 5).build()))).toHaveLength(1);
  });
});
