import { describe, expect, it } from "vitest";
import { analyseMap, findGaps } from "../../../src/domain/gaps";
import { planLink } from "../../../src/domain/linkEdits";
import type { PeerMap, Relationship } from "../../../src/domain/model";
import { suggestMissingLinks } from "../../../src/domain/suggestions";
import { aMap } from "../builders";

/** Acme and Globex at three tiers: Priya and Daniel in Sales, two executives, no links yet. */
const alliance = () =>
  aMap()
    .withOrgs("Acme", "Globex")
    .withTiers("Executive sponsor", "Alliance management", "Sales")
    .withPerson("ana", {
      org: "a",
      tier: "Executive sponsor",
      name: "Ana Silva",
      at: { x: 0, y: 16 },
    })
    .withPerson("ben", {
      org: "b",
      tier: "Executive sponsor",
      name: "Ben Ode",
      at: { x: 0, y: 16 },
    })
    .withPerson("priya", { org: "a", tier: "Sales", name: "Priya Raman", at: { x: 0, y: 16 } })
    .withPerson("daniel", { org: "b", tier: "Sales", name: "Daniel Okafor", at: { x: 0, y: 16 } });

/** The map with some of its links given a target or marked planned. */
const withLinks = (map: PeerMap, patch: Record<string, Partial<Relationship>>): PeerMap => ({
  ...map,
  relationships: map.relationships.map((r) => ({ ...r, ...patch[r.id] })),
});

describe("a relationship below its target", () => {
  it("is a warning gap that says where it is and where it should be", () => {
    const map = withLinks(
      alliance().withLink("daniel", "priya", 2).withLink("ana", "ben", 4).build(),
      {
        "daniel-priya": { targetStrength: 4 },
      },
    );

    expect(findGaps(map).filter((gap) => gap.kind === "below-target")).toEqual([
      {
        id: "below-target:sales:daniel-priya",
        kind: "below-target",
        severity: "warning",
        tierId: "sales",
        // Our person first, whichever end the link was drawn from.
        personIds: ["priya", "daniel"],
        message: "Priya Raman ↔ Daniel Okafor is 2 Weak, target 4 Strong.",
      },
    ]);
  });

  it("is no gap once rated at or above its target, nor without a target", () => {
    const at = withLinks(alliance().withLink("priya", "daniel", 4).build(), {
      "priya-daniel": { targetStrength: 4 },
    });
    const above = withLinks(alliance().withLink("priya", "daniel", 5).build(), {
      "priya-daniel": { targetStrength: 4 },
    });
    const none = alliance().withLink("priya", "daniel", 1).build();
    for (const map of [at, above, none]) {
      expect(findGaps(map).some((gap) => gap.kind === "below-target")).toBe(false);
    }
  });

  it("keeps its id when the strength changes, so the panel and actions can refer to it", () => {
    const map = (strength: 1 | 2 | 3) =>
      withLinks(alliance().withLink("priya", "daniel", strength).build(), {
        "priya-daniel": { targetStrength: 5 },
      });
    const ids = [1, 2, 3].map(
      (s) => findGaps(map(s as 1 | 2 | 3)).find((gap) => gap.kind === "below-target")?.id,
    );
    expect(ids).toEqual(Array(3).fill("below-target:sales:priya-daniel"));
  });

  it("lists two links of one person below target in a steady order", () => {
    const base = alliance()
      .withPerson("dora", { org: "b", tier: "Sales", name: "Dora Lee", at: { x: 216, y: 16 } })
      .withLink("priya", "dora", 2, { id: "r2" })
      .withLink("priya", "daniel", 1, { id: "r1" })
      .build();
    const map = withLinks(base, { r1: { targetStrength: 3 }, r2: { targetStrength: 3 } });
    const reversed = { ...map, relationships: [...map.relationships].reverse() };
    const ids = (m: PeerMap) =>
      findGaps(m)
        .filter((gap) => gap.kind === "below-target")
        .map((gap) => gap.id);
    expect(ids(map)).toEqual(["below-target:sales:r1", "below-target:sales:r2"]);
    expect(ids(reversed)).toEqual(ids(map));
  });
});

describe("a planned relationship", () => {
  const planned = () =>
    withLinks(alliance().withLink("ana", "ben", 4).withLink("priya", "daniel", 3).build(), {
      "priya-daniel": { planned: true, targetStrength: 4 },
    });

  it("does not count as a link: the tier is still missing its peer link", () => {
    const analysis = analyseMap(planned());
    expect(analysis.gaps.map((gap) => gap.id)).toContain("missing-peer-link:sales");
    expect(analysis.tiers.find((tier) => tier.tierId === "sales")?.state).toBe("missing");
    expect(analysis.coverage).toBe(50);
    expect(analysis.peopleCoverage).toBe(50);
  });

  it("is not below its target: it does not exist yet", () => {
    expect(findGaps(planned()).some((gap) => gap.kind === "below-target")).toBe(false);
  });

  it("takes its two people out of the suggestions, so no ghost is drawn over it", () => {
    const withoutPlan = alliance().withLink("ana", "ben", 4).build();
    expect(suggestMissingLinks(withoutPlan).map((s) => [s.source, s.target])).toEqual([
      ["priya", "daniel"],
    ]);
    expect(suggestMissingLinks(planned())).toEqual([]);
  });

  it("leaves the others of the tier suggested", () => {
    const map = withLinks(
      alliance()
        .withPerson("omar", { org: "a", tier: "Sales", name: "Omar Haddad", at: { x: 216, y: 16 } })
        .withPerson("dora", { org: "b", tier: "Sales", name: "Dora Lee", at: { x: 216, y: 16 } })
        .withLink("ana", "ben", 4)
        .withLink("priya", "dora")
        .build(),
      { "priya-dora": { planned: true } },
    );
    expect(suggestMissingLinks(map).map((s) => [s.source, s.target])).toEqual([["omar", "daniel"]]);
  });
});

describe("planning a suggested link", () => {
  it("adds a planned link with its target, which leaves coverage as it was", () => {
    const before = alliance().withLink("ana", "ben", 4).build();
    const result = planLink(before, "priya", "daniel", 4, "plan-1");
    expect(result).toMatchObject({ ok: true, id: "plan-1" });
    if (!result.ok) return;
    expect(result.map.relationships.at(-1)).toEqual({
      id: "plan-1",
      source: "priya",
      target: "daniel",
      strength: 3,
      targetStrength: 4,
      planned: true,
    });
    expect(analyseMap(result.map).coverage).toBe(analyseMap(before).coverage);
    expect(suggestMissingLinks(result.map)).toEqual([]);
  });

  it("is refused like any link between two people already linked", () => {
    const map = alliance().withLink("priya", "daniel", 2).build();
    expect(planLink(map, "daniel", "priya", 4)).toMatchObject({ ok: false });
  });
});
