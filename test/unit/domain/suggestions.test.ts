import { describe, expect, it } from "vitest";
import { suggestMissingLinks } from "../../../src/domain/suggestions";
import { aMap } from "../builders";

const acmeAndGlobex = () =>
  aMap().withOrgs("Acme", "Globex").withTiers("Executive sponsor", "Technical / delivery");

const pairs = (map: ReturnType<typeof acmeAndGlobex>) =>
  suggestMissingLinks(map.build()).map(({ source, target }) => `${source}-${target}`);

describe("suggested missing links", () => {
  it("pairs people off top to bottom, each row from the side facing the partner", () => {
    // Our side's rows fill from the right (nearest the partner), the partner's from the left.
    const map = acmeAndGlobex()
      .withPerson("raj", { org: "a", tier: "Technical / delivery", at: { x: 232, y: 16 } })
      .withPerson("sofia", { org: "a", tier: "Technical / delivery", at: { x: 448, y: 104 } })
      .withPerson("ada", { org: "a", tier: "Technical / delivery", at: { x: 448, y: 16 } })
      .withPerson("ben", { org: "b", tier: "Technical / delivery", at: { x: 432, y: 104 } })
      .withPerson("lara", { org: "b", tier: "Technical / delivery", at: { x: 0, y: 192 } })
      .withPerson("jun", { org: "b", tier: "Technical / delivery", at: { x: 216, y: 104 } });

    expect(suggestMissingLinks(map.build())).toEqual([
      {
        id: "suggestion:technical-delivery:ada:jun",
        tierId: "technical-delivery",
        source: "ada",
        target: "jun",
      },
      {
        id: "suggestion:technical-delivery:raj:ben",
        tierId: "technical-delivery",
        source: "raj",
        target: "ben",
      },
      {
        id: "suggestion:technical-delivery:sofia:lara",
        tierId: "technical-delivery",
        source: "sofia",
        target: "lara",
      },
    ]);
  });

  it("puts people still in the roster after placed ones, in roster order", () => {
    const map = acmeAndGlobex()
      .withPerson("raj", { org: "a", tier: "Technical / delivery" })
      .withPerson("sofia", { org: "a", tier: "Technical / delivery" })
      .withPerson("ada", { org: "a", tier: "Technical / delivery", at: { x: 432, y: 192 } })
      .withPeople("b", "Technical / delivery", "ben", "jun", "lara");
    expect(pairs(map)).toEqual(["ada-ben", "raj-jun", "sofia-lara"]);
  });

  it("suggests each person at most once and leaves the extra people of the bigger side", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Technical / delivery", "raj")
      .withPeople("b", "Technical / delivery", "ben", "jun", "lara");
    expect(pairs(map)).toEqual(["raj-ben"]);
  });

  it("always draws from our side to the partner, whatever the roster order", () => {
    const map = acmeAndGlobex()
      .withPeople("b", "Executive sponsor", "grace")
      .withPeople("a", "Executive sponsor", "ada");
    expect(pairs(map)).toEqual(["ada-grace"]);
  });

  it("only appears where a tier has no peer link at all, in tier order", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Executive sponsor", "ada", "alan")
      .withPeople("b", "Executive sponsor", "grace", "linus")
      .withLink("ada", "grace", 1)
      .withPeople("a", "Technical / delivery", "raj", "sofia")
      .withPeople("b", "Technical / delivery", "ben");
    expect(pairs(map)).toEqual(["raj-ben"]);
    expect(pairs(map.withTiers("Technical / delivery", "Executive sponsor"))).toEqual(["raj-ben"]);
  });

  it("offers nothing to a one-sided tier: there is nobody to draw the link to", () => {
    expect(pairs(acmeAndGlobex().withPeople("a", "Executive sponsor", "ada"))).toEqual([]);
  });

  it("ignores internal links when deciding who is unpaired", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Executive sponsor", "ada", "alan")
      .withPeople("b", "Executive sponsor", "grace")
      .withLink("alan", "ada", 5);
    expect(pairs(map)).toEqual(["ada-grace"]);
  });
});
