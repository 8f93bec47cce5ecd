import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseMap } from "../../../src/domain/gaps";
import type { PeerMap } from "../../../src/domain/model";
import { HEALTH_LABELS, tierHealth, tierHealthLine } from "../../../src/domain/tierHealth";
import { arbPeerMap } from "../arbitraries";
import { aMap } from "../builders";

/** Acme and Globex: executives linked Strong, Sales linked Weak, Marketing ours only, Support empty. */
const alliance = () =>
  aMap()
    .withOrgs("Acme", "Globex")
    .withTiers("Executive sponsor", "Sales", "Marketing", "Support")
    .withPerson("ana", { org: "a", tier: "Executive sponsor", at: { x: 0, y: 16 } })
    .withPerson("ben", { org: "b", tier: "Executive sponsor", at: { x: 0, y: 16 } })
    .withPerson("priya", { org: "a", tier: "Sales", at: { x: 0, y: 16 } })
    .withPerson("daniel", { org: "b", tier: "Sales", at: { x: 0, y: 16 } })
    .withPerson("mia", { org: "a", tier: "Marketing", at: { x: 0, y: 16 } })
    .withLink("ana", "ben", 4)
    .withLink("priya", "daniel", 2);

const healthOf = (map: PeerMap) =>
  Object.fromEntries(tierHealth(analyseMap(map)).map((h) => [h.tierId, [h.level, h.label]]));

describe("tier health", () => {
  it("gives each tier a level and the words for it", () => {
    expect(healthOf(alliance().build())).toEqual({
      "executive-sponsor": ["green", "Healthy"],
      sales: ["amber", "Needs work"],
      marketing: ["amber", "Needs work"],
      support: ["empty", "Nobody yet"],
    });
  });

  it("is red when a critical gap names the tier, and says why", () => {
    const map = aMap()
      .withOrgs("Acme", "Globex")
      .withTiers("Executive sponsor", "Sales")
      .withPerson("ana", { org: "a", tier: "Executive sponsor", at: { x: 0, y: 16 } })
      .withPerson("priya", { org: "a", tier: "Sales", at: { x: 0, y: 16 } })
      .withPerson("daniel", { org: "b", tier: "Sales", at: { x: 0, y: 16 } })
      .withLink("priya", "daniel", 4)
      .build();
    const [top, sales] = tierHealth(analyseMap(map));
    expect(top).toMatchObject({ level: "red", label: "At risk", reason: "1 critical gap" });
    expect(tierHealthLine(top as NonNullable<typeof top>)).toBe(
      "Executive sponsor — At risk (1 critical gap)",
    );
    expect(sales && tierHealthLine(sales)).toBe("Sales — Healthy (no critical gaps or warnings)");
  });

  it("turns green when a weak link is rated to its target", () => {
    const build = (strength: 2 | 4): PeerMap => {
      const map = alliance().build();
      return {
        ...map,
        relationships: map.relationships.map((r) =>
          r.id === "priya-daniel" ? { ...r, strength, targetStrength: 4 } : r,
        ),
      };
    };
    expect(tierHealth(analyseMap(build(2)))[1]).toMatchObject({
      level: "amber",
      reason: "2 warnings", // weak peer link and below target
    });
    expect(tierHealth(analyseMap(build(4)))[1]).toMatchObject({ level: "green" });
  });

  it("is red iff a critical gap names the tier, amber iff else a warning does", () => {
    fc.assert(
      fc.property(arbPeerMap({ withDebris: true }), (map) => {
        const analysis = analyseMap(map);
        const health = tierHealth(analysis);
        expect(health.map((h) => h.tierId)).toEqual(analysis.tiers.map((t) => t.tierId));
        for (const h of health) {
          const named = analysis.gaps.filter((gap) => gap.tierId === h.tierId);
          const critical = named.some((gap) => gap.severity === "critical");
          const warning = named.some((gap) => gap.severity === "warning");
          expect(h.level === "red").toBe(critical);
          expect(h.level === "amber").toBe(!critical && warning);
          expect(h.label).toBe(HEALTH_LABELS[h.level]);
          if (h.level === "green" || h.level === "empty") expect(critical || warning).toBe(false);
        }
      }),
    );
  });
});
