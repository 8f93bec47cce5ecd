import { describe, expect, it } from "vitest";
import { findGaps, type Gap, type GapKind } from "../../../src/domain/gaps";
import { aMap } from "../builders";

/** Acme (us) and Globex (the partner), three tiers, nobody on the map yet. */
const acmeAndGlobex = () =>
  aMap()
    .named("Acme x Globex")
    .withOrgs("Acme", "Globex")
    .withTiers("Executive sponsor", "Alliance management", "Sales");

const ofKind = (gaps: Gap[], kind: GapKind) => gaps.filter((gap) => gap.kind === kind);
const kinds = (gaps: Gap[]) => gaps.map((gap) => `${gap.kind} ${gap.tierId}`);

describe("missing counterpart", () => {
  it("flags the top tier as critical when the partner sent no executive", () => {
    const map = acmeAndGlobex()
      .withPerson("ada", { org: "a", tier: "Executive sponsor", name: "Ada Lovelace" })
      .build();

    expect(findGaps(map)).toEqual([
      {
        id: "missing-counterpart:executive-sponsor",
        kind: "missing-counterpart",
        severity: "critical",
        tierId: "executive-sponsor",
        personIds: ["ada"],
        message: "Globex has nobody at Executive sponsor.",
      },
    ]);
  });

  it("is only a warning below the top tier, and names the side that is missing", () => {
    const map = acmeAndGlobex().withPeople("b", "Sales", "grace", "linus").build();

    const [gap] = findGaps(map);
    expect(gap).toMatchObject({
      kind: "missing-counterpart",
      severity: "warning",
      tierId: "sales",
      personIds: ["grace", "linus"],
      message: "Acme has nobody at Sales.",
    });
  });

  it("says nothing about a tier where neither side has anyone", () => {
    expect(findGaps(acmeAndGlobex().build())).toEqual([]);
  });

  it("counts people still in the roster, not yet placed on the canvas", () => {
    const map = acmeAndGlobex()
      .withPerson("ada", { org: "a", tier: "Sales", at: { x: 0, y: 16 } })
      .withPerson("grace", { org: "b", tier: "Sales" })
      .build();

    expect(kinds(findGaps(map))).not.toContain("missing-counterpart sales");
    expect(kinds(findGaps(map))).toContain("missing-peer-link sales");
  });

  it("ignores people filed under a tier that no longer exists", () => {
    const map = acmeAndGlobex()
      .withPerson("ada", { org: "a", tier: "Executive sponsor" })
      .withPerson("grace", { org: "b", tierId: "deleted-tier" })
      .withLink("ada", "grace", 5)
      .build();

    expect(kinds(findGaps(map))).toEqual(["missing-counterpart executive-sponsor"]);
  });
});

describe("missing peer link", () => {
  const executivesWhoNeverMet = acmeAndGlobex()
    .withPerson("ada", { org: "a", tier: "Executive sponsor", name: "Ada Lovelace" })
    .withPerson("grace", { org: "b", tier: "Executive sponsor", name: "Grace Hopper" });

  it("is critical at the top tier when both executives are there but have never met", () => {
    const [gap] = findGaps(executivesWhoNeverMet.build());
    expect(gap).toEqual({
      id: "missing-peer-link:executive-sponsor",
      kind: "missing-peer-link",
      severity: "critical",
      tierId: "executive-sponsor",
      personIds: ["ada", "grace"],
      message: "Nobody from Acme is linked to anyone from Globex at Executive sponsor.",
    });
  });

  it("is a warning in lower tiers", () => {
    const map = acmeAndGlobex().withPeople("a", "Sales", "ada").withPeople("b", "Sales", "grace");
    expect(ofKind(findGaps(map.build()), "missing-peer-link")[0]?.severity).toBe("warning");
  });

  it("does not count internal links: two Acme executives knowing each other is not a bridge", () => {
    const map = executivesWhoNeverMet
      .withPerson("alan", { org: "a", tier: "Executive sponsor" })
      .withLink("ada", "alan", 5)
      .build();

    expect(ofKind(findGaps(map), "missing-peer-link")).toHaveLength(1);
  });

  it("does not count a link to the partner in another tier", () => {
    const map = executivesWhoNeverMet
      .withPeople("b", "Sales", "linus")
      .withPeople("a", "Sales", "alan")
      .withLink("ada", "linus", 5)
      .build();

    expect(kinds(ofKind(findGaps(map), "missing-peer-link"))).toEqual([
      "missing-peer-link executive-sponsor",
      "missing-peer-link sales",
    ]);
  });

  it("ignores relationships to people who have been deleted", () => {
    const map = executivesWhoNeverMet
      .withLink("ada", "ghost", 5)
      .withLink("ghost", "grace")
      .build();
    expect(kinds(findGaps(map))).toContain("missing-peer-link executive-sponsor");
  });
});

describe("weak peer link", () => {
  const salesPeople = acmeAndGlobex()
    .withPeople("a", "Sales", "ada", "alan")
    .withPeople("b", "Sales", "grace", "linus");

  it("flags a tier whose only links are below the healthy threshold", () => {
    const map = salesPeople.withLink("alan", "grace", 2).withLink("ada", "grace", 1).build();

    expect(ofKind(findGaps(map), "weak-peer-link")).toEqual([
      {
        id: "weak-peer-link:sales",
        kind: "weak-peer-link",
        severity: "warning",
        tierId: "sales",
        personIds: ["ada", "alan", "grace"],
        message:
          "The best link between Acme and Globex at Sales is 2 Weak, below the healthy 3 Working.",
      },
    ]);
  });

  it("stays a warning even at the top tier: a weak link is something, a missing one is not", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Executive sponsor", "ada")
      .withPeople("b", "Executive sponsor", "grace")
      .withLink("ada", "grace", 1)
      .build();

    expect(findGaps(map)).toMatchObject([{ kind: "weak-peer-link", severity: "warning" }]);
  });

  it("clears as soon as one link in the tier is healthy", () => {
    const map = salesPeople.withLink("ada", "grace", 1).withLink("alan", "linus", 3).build();
    expect(ofKind(findGaps(map), "weak-peer-link")).toEqual([]);
  });

  it("follows the map's healthy threshold", () => {
    const working = salesPeople.withLink("ada", "grace", 3).withLink("alan", "linus", 3);

    expect(ofKind(findGaps(working.build()), "weak-peer-link")).toEqual([]);
    const strict = findGaps(working.withHealthyThreshold(4).build());
    expect(ofKind(strict, "weak-peer-link")[0]?.message).toBe(
      "The best link between Acme and Globex at Sales is 3 Working, below the healthy 4 Strong.",
    );
    const lenient = salesPeople.withLink("ada", "grace", 2).withLink("alan", "linus", 2);
    expect(findGaps(lenient.withHealthyThreshold(2).build())).toEqual([]);
  });
});

describe("unpaired people", () => {
  it("points out a salesperson the partner's sales team has never met", () => {
    const map = acmeAndGlobex()
      .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace" })
      .withPerson("mei", { org: "a", tier: "Sales", name: "Mei Tanaka" })
      .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper" })
      .withLink("ada", "grace", 4)
      .build();

    expect(findGaps(map)).toEqual([
      {
        id: "unpaired:sales:mei",
        kind: "unpaired",
        severity: "info",
        tierId: "sales",
        personIds: ["mei"],
        message: "Mei Tanaka has no link to anyone from Globex at Sales.",
      },
    ]);
  });

  it("lists everyone in a tier where nobody is linked, alongside the tier gap", () => {
    const map = acmeAndGlobex().withPeople("a", "Sales", "ada").withPeople("b", "Sales", "grace");
    expect(kinds(findGaps(map.build()))).toEqual([
      "missing-peer-link sales",
      "unpaired sales",
      "unpaired sales",
    ]);
  });

  it("counts a weak link as a pairing: the person has someone, the tier is what is weak", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Sales", "ada")
      .withPeople("b", "Sales", "grace")
      .withLink("grace", "ada", 1);
    expect(ofKind(findGaps(map.build()), "unpaired")).toEqual([]);
  });

  it("only counts links to peers in the same tier, and never internal ones", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Sales", "ada", "alan")
      .withPeople("b", "Sales", "grace")
      .withPeople("b", "Executive sponsor", "linus")
      .withLink("ada", "grace", 4)
      .withLink("alan", "linus", 5)
      .withLink("alan", "ada", 5)
      .build();

    expect(ofKind(findGaps(map), "unpaired").map((gap) => gap.personIds)).toEqual([["alan"]]);
  });

  it("leaves people alone when the other side has nobody in their tier", () => {
    const map = acmeAndGlobex().withPeople("a", "Sales", "ada", "alan").build();
    expect(ofKind(findGaps(map), "unpaired")).toEqual([]);
  });
});
