import { describe, expect, it } from "vitest";
import { validateMap } from "../../../src/domain/validateMap";
import { remapIds } from "../../../src/export/remapIds";
import { loadFixture } from "../fixtures";

const counter = () => {
  let n = 0;
  return (prefix: string) => `${prefix}-new-${++n}`;
};

describe("remapIds", () => {
  const map = loadFixture("small-workshop");

  it("gives everything a new id and keeps every reference pointing at the same thing", () => {
    const copy = remapIds(map, counter());
    expect(validateMap(copy)).toEqual([]);
    expect(copy.id).not.toBe(map.id);
    const oldIds = new Set([
      map.id,
      ...map.tiers.map((t) => t.id),
      ...map.people.map((p) => p.id),
      ...map.relationships.map((r) => r.id),
    ]);
    const newIds = [
      copy.id,
      ...copy.tiers.map((t) => t.id),
      ...copy.people.map((p) => p.id),
      ...copy.relationships.map((r) => r.id),
    ];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(new Set(newIds).size).toBe(newIds.length);

    // Same structure when read through the references.
    const readable = (m: typeof map) => {
      const tierName = new Map(m.tiers.map((t) => [t.id, t.name]));
      const personName = new Map(m.people.map((p) => [p.id, p.name]));
      return {
        people: m.people.map((p) => [p.name, tierName.get(p.tierId), p.position]),
        links: m.relationships.map((r) => [
          personName.get(r.source),
          personName.get(r.target),
          r.strength,
          r.notes,
        ]),
      };
    };
    expect(readable(copy)).toEqual(readable(map));
    expect({ ...copy, id: "", tiers: [], people: [], relationships: [] }).toEqual({
      ...map,
      id: "",
      tiers: [],
      people: [],
      relationships: [],
    });
  });

  it("does not share objects with the original", () => {
    const copy = remapIds(map);
    expect(copy.orgs.a).not.toBe(map.orgs.a);
    expect(copy.settings).not.toBe(map.settings);
    const placed = map.people.findIndex((p) => p.position);
    expect(copy.people[placed]?.position).not.toBe(map.people[placed]?.position);
    expect(copy.people[placed]?.position).toEqual(map.people[placed]?.position);
  });

  it("uses random prefixed ids by default", () => {
    const copy = remapIds(map);
    expect(copy.id).toMatch(/^m[0-9a-z]{12}$/);
    expect(copy.people[0]?.id).toMatch(/^p[0-9a-z]{12}$/);
    expect(copy.relationships[0]?.id).toMatch(/^r[0-9a-z]{12}$/);
    expect(copy.tiers[0]?.id).toMatch(/^t[0-9a-z]{12}$/);
  });

  it("keeps a dangling reference dangling", () => {
    const broken = {
      ...map,
      relationships: [{ id: "x", source: "nobody", target: "dana", strength: 3 as const }],
    };
    const copy = remapIds(broken, counter());
    expect(copy.relationships[0]?.source).toBe("nobody");
    expect(copy.relationships[0]?.target).not.toBe("dana");
  });
});
