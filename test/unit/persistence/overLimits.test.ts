import { describe, expect, it } from "vitest";
import type { PeerMap } from "../../../src/domain/model";
import { aMap, FIXED_NOW, tierId } from "../builders";
import { reloadFromRows } from "./helpers";

const reload = (map: PeerMap) => reloadFromRows(map, FIXED_NOW);

const base = aMap()
  .named("Acme")
  .withTiers("Sales")
  .withPerson("ada", { org: "a", tier: "Sales", at: { x: 16, y: 16 } })
  .withPerson("grace", { org: "b", tier: "Sales", at: { x: 16, y: 16 } })
  .withLink("ada", "grace", 4)
  .build();

describe("a stored map over a limit is kept whole", () => {
  it("101 tiers: every tier, person and relationship is kept, with a warning", () => {
    const extra = Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, name: `Tier ${i}` }));
    const map = { ...base, tiers: [...base.tiers, ...extra] };
    const loaded = reload(map);
    expect(loaded.map).toEqual(map);
    expect(loaded.warnings).toEqual([
      '"Acme" has 101 tiers, more than the 100 Peermap supports: nothing was removed, but delete some so the map can be exported and imported back.',
    ]);
  });

  it("a person's notes and a relationship's notes over 5,000 characters are kept", () => {
    const long = "n".repeat(6000);
    const map: PeerMap = {
      ...base,
      name: "A".repeat(250),
      people: base.people.map((p) => (p.id === "ada" ? { ...p, notes: long } : p)),
      relationships: base.relationships.map((r) => ({ ...r, notes: long })),
    };
    const loaded = reload(map);
    expect(loaded.map).toEqual(map);
    expect(loaded.warnings).toHaveLength(3);
    expect(loaded.warnings.join("\n")).toMatch(/a person's notes longer than 5,000 characters/);
    expect(loaded.warnings.join("\n")).toMatch(/a relationship's notes longer than 5,000/);
    expect(loaded.warnings.join("\n")).toMatch(/the map's name longer than 200/);
  });

  it("a name of only a zero-width space is kept, with a warning", () => {
    const map = { ...base, people: base.people.map((p) => ({ ...p, name: "\u200B" })) };
    const loaded = reload(map);
    expect(loaded.map.people).toHaveLength(2);
    expect(loaded.warnings).toEqual([
      '"Acme" has a person\'s name with no visible characters (2 times): nothing was removed, but change them so the map can be exported and imported back.',
    ]);
  });

  it("a card at y = 1,000,000 is brought back into its lane, with a warning", () => {
    const map = {
      ...base,
      people: base.people.map((p) =>
        p.id === "ada" ? { ...p, position: { x: 16, y: 1_000_000 } } : p,
      ),
    };
    const loaded = reload(map);
    expect(loaded.map.people[0]?.position?.y).toBeLessThan(5000);
    expect(loaded.map.people[0]?.tierId).toBe(tierId("Sales"));
    expect(loaded.warnings).toEqual([
      'Moved a card that lay far outside its lane back into it in "Acme".',
    ]);
  });

  it("truly damaged records are still skipped", () => {
    const map = {
      ...base,
      relationships: [
        { ...base.relationships[0], strength: 9 },
      ] as unknown as PeerMap["relationships"],
    };
    expect(reload(map).map.relationships).toEqual([]);
  });
});
