import { describe, expect, it } from "vitest";
import { findGaps } from "../../../src/domain/gaps";
import { DEFAULT_ORGS, DEFAULT_TIER_NAMES } from "../../../src/domain/model";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { validateMap } from "../../../src/domain/validateMap";

const NOW = "2024-05-14T09:00:00.000Z";

describe("sampleAlliance", () => {
  const map = sampleAlliance(NOW);
  const tierName = (id: string | undefined) => map.tiers.find((t) => t.id === id)?.name;

  it("is a valid map: Acme Software x Globex Cloud on the default tiers", () => {
    expect(validateMap(map)).toEqual([]);
    expect(map.name).toBe("Sample alliance");
    expect(map.orgs).toEqual({
      a: { name: "Acme Software", color: "#2563eb" },
      // The partner's colour follows the app's default partner colour.
      b: { name: "Globex Cloud", color: DEFAULT_ORGS.b.color },
    });
    expect(map.tiers.map((t) => t.name)).toEqual(DEFAULT_TIER_NAMES);
    expect(map.createdAt).toBe(NOW);
  });

  it("has about 16 people, all placed in free slots of their own lane", () => {
    expect(map.people).toHaveLength(16);
    const taken = new Set<string>();
    for (const person of map.people) {
      expect([16, 232, 448]).toContain(person.position?.x);
      expect(((person.position?.y ?? 0) - 16) % 88).toBe(0);
      const slot = `${person.org} ${person.tierId} ${person.position?.x} ${person.position?.y}`;
      expect(taken.has(slot)).toBe(false);
      taken.add(slot);
    }
  });

  it("has about a dozen relationships of varied strength, with recent contact dates", () => {
    expect(map.relationships.length).toBeGreaterThanOrEqual(12);
    expect(new Set(map.relationships.map((r) => r.strength)).size).toBe(5);
    for (const r of map.relationships) {
      if (r.lastContact) expect(r.lastContact < NOW.slice(0, 10)).toBe(true);
    }
  });

  it("shows the typical gaps at once", () => {
    const gaps = findGaps(map);
    const described = gaps.map((gap) => `${gap.kind} ${tierName(gap.tierId)}`);
    expect(described).toContain("missing-counterpart Marketing");
    expect(described).toContain("weak-peer-link Sales");
    expect(described).toContain("unpaired Technical / delivery");
    expect(gaps.some((gap) => gap.severity === "critical")).toBe(false); // the top is sound
  });

  it("is the same map for the same clock, apart from generated ids", () => {
    const strip = (m: typeof map) => ({
      ...m,
      id: "",
      tiers: m.tiers.map((t) => t.name),
      people: m.people.map(({ id: _id, tierId, ...p }) => ({
        ...p,
        tier: m.tiers.find((t) => t.id === tierId)?.name,
      })),
      relationships: m.relationships.map(({ id: _id, source: _s, target: _t, ...r }) => r),
    });
    expect(strip(sampleAlliance(NOW))).toEqual(strip(map));
  });
});
