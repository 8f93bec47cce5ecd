import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { litBy, spotlightName } from "../../../src/domain/spotlight";
import { arbPeerMap } from "../arbitraries";
import { aMap, tierId } from "../builders";

const map = aMap()
  .withOrgs("Springfield", "Globex")
  .withTiers("Executive sponsor", "Sales")
  .withPerson("hank", { org: "b", tier: "Executive sponsor", name: "Hank Scorpio" })
  .withPerson("monty", { org: "a", tier: "Executive sponsor", name: "Monty Burns" })
  .withPerson("homer", { org: "a", tier: "Sales", name: "Homer Simpson" })
  .withPerson("lenny", { org: "a", tier: "Sales", name: "Lenny Leonard" })
  .withPerson("frank", { org: "b", tier: "Sales", name: "Frank Grimes" })
  .withLink("monty", "hank", 4)
  .withLink("homer", "hank", 2)
  .withLink("lenny", "frank", 3)
  .withLink("homer", "lenny", 5)
  .build();

const ids = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe("what stays bright when a person is focused", () => {
  it("is the person, their relationships and the people at the other ends", () => {
    const lit = litBy(map, { kind: "person", id: "hank" });
    expect(ids(lit?.people)).toEqual(["hank", "homer", "monty"]);
    expect(ids(lit?.relationships)).toEqual(["homer-hank", "monty-hank"]);
  });

  it("is only the person when they have no relationship", () => {
    const alone = aMap().withPerson("ada", { org: "a", tier: "Sales" }).build();
    const lit = litBy(alone, { kind: "person", id: "ada" });
    expect(ids(lit?.people)).toEqual(["ada"]);
    expect(lit?.relationships.size).toBe(0);
  });

  it("is nothing to dim by when the person is gone", () => {
    expect(litBy(map, { kind: "person", id: "nobody" })).toBeUndefined();
  });

  it("holds for any map: a lit link has both ends lit, and touches the person", () => {
    fc.assert(
      fc.property(arbPeerMap(), fc.nat(), (m, pick) => {
        if (m.people.length === 0) return;
        const id = (m.people[pick % m.people.length] as { id: string }).id;
        const lit = litBy(m, { kind: "person", id });
        expect(lit?.people.has(id)).toBe(true);
        for (const r of m.relationships) {
          const touches = r.source === id || r.target === id;
          expect(lit?.relationships.has(r.id)).toBe(touches);
          if (touches) {
            expect(lit?.people.has(r.source)).toBe(true);
            expect(lit?.people.has(r.target)).toBe(true);
          }
        }
      }),
    );
  });
});

describe("what stays bright when a tier is focused", () => {
  it("is the tier's people on both sides and every link touching them", () => {
    const lit = litBy(map, { kind: "tier", id: tierId("Sales") });
    expect(ids(lit?.people)).toEqual(["frank", "homer", "lenny"]);
    expect(ids(lit?.relationships)).toEqual(["homer-hank", "homer-lenny", "lenny-frank"]);
  });

  it("is nothing to dim by when the tier is gone", () => {
    expect(litBy(map, { kind: "tier", id: "gone" })).toBeUndefined();
  });

  it("holds for any map: exactly the tier's people, exactly the links touching them", () => {
    fc.assert(
      fc.property(arbPeerMap(), fc.nat(), (m, pick) => {
        const tier = m.tiers[pick % m.tiers.length] as { id: string };
        const lit = litBy(m, { kind: "tier", id: tier.id });
        const inTier = new Set(m.people.filter((p) => p.tierId === tier.id).map((p) => p.id));
        expect(ids(lit?.people)).toEqual([...inTier].sort());
        for (const r of m.relationships) {
          expect(lit?.relationships.has(r.id)).toBe(inTier.has(r.source) || inTier.has(r.target));
        }
      }),
    );
  });
});

describe("the name the focus notice gives", () => {
  it("names the person, or the tier", () => {
    expect(spotlightName(map, { kind: "person", id: "hank" })).toBe("Hank Scorpio");
    expect(spotlightName(map, { kind: "tier", id: tierId("Sales") })).toBe("the Sales tier");
    expect(spotlightName(map, { kind: "tier", id: "gone" })).toBeUndefined();
  });
});
