import { describe, expect, it } from "vitest";
import { DEFAULT_ORGS } from "../../../src/domain/model";
import { aMap, FIXED_NOW, nameFromHandle, tierId } from "../builders";

describe("the map builder other tests rely on", () => {
  it("builds the documented example with deterministic ids and timestamps", () => {
    const map = aMap()
      .named("Acme x Globex")
      .withOrgs("Acme", "Globex")
      .withTiers("Executive sponsor", "Technical / delivery")
      .withPerson("ada", {
        org: "a",
        tier: "Executive sponsor",
        name: "Ada Lovelace",
        at: { x: 0, y: 16 },
      })
      .withPerson("grace", { org: "b", tier: "technical-delivery", title: "Rear Admiral" })
      .withLink("ada", "grace", 4, { lastContact: "2024-05-01", notes: "Met at re:Invent" })
      .withLink("ada", "grace", 2)
      .build();

    expect(map).toEqual({
      id: "map-acme-x-globex",
      name: "Acme x Globex",
      orgs: {
        a: { name: "Acme", color: DEFAULT_ORGS.a.color },
        b: { name: "Globex", color: DEFAULT_ORGS.b.color },
      },
      tiers: [
        { id: "executive-sponsor", name: "Executive sponsor" },
        { id: "technical-delivery", name: "Technical / delivery" },
      ],
      people: [
        {
          id: "ada",
          org: "a",
          name: "Ada Lovelace",
          tierId: "executive-sponsor",
          position: { x: 0, y: 16 },
        },
        {
          id: "grace",
          org: "b",
          name: "Grace",
          title: "Rear Admiral",
          tierId: "technical-delivery",
        },
      ],
      relationships: [
        {
          id: "ada-grace",
          source: "ada",
          target: "grace",
          strength: 4,
          notes: "Met at re:Invent",
          lastContact: "2024-05-01",
        },
        { id: "ada-grace-2", source: "ada", target: "grace", strength: 2 },
      ],
      actions: [],
      settings: { healthyThreshold: 3 },
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
    });
  });

  it("starts from the six default tiers and leaves earlier builders untouched", () => {
    const base = aMap();
    const withAda = base.withPeople("a", "Sales", "ada");
    expect(base.build().tiers.map((tier) => tier.id)).toContain(tierId("Operations / support"));
    expect(base.build().people).toEqual([]);
    expect(withAda.build().people).toHaveLength(1);
  });

  it("refuses a tier name that is not on the map, unless given as a raw tierId", () => {
    expect(() => aMap().withPeople("a", "Board", "ada").build()).toThrow(/no tier "Board"/);
    expect(() => aMap().withPerson("ada", { org: "a" }).build()).toThrow(/needs a tier/);
    expect(aMap().withPerson("ada", { org: "a", tierId: "gone" }).build().people[0]?.tierId).toBe(
      "gone",
    );
  });

  it("derives readable names from handles", () => {
    expect(nameFromHandle("mary-jane_watson")).toBe("Mary Jane Watson");
  });
});
