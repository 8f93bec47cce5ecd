import { describe, expect, it } from "vitest";
import {
  defaultTierId,
  filterPeople,
  groupByTier,
  matchesQuery,
  peopleCount,
} from "../../../src/panels/roster/rosterModel";
import { aMap } from "../builders";

const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Executive sponsor", "Sales", "Marketing")
  .withPerson("zoe", { org: "a", tier: "Sales", name: "Zoë Ångström", title: "Account director" })
  .withPerson("ada", {
    org: "a",
    tier: "Executive sponsor",
    name: "Ada Lovelace",
    title: "CEO",
    at: { x: 16, y: 16 },
  })
  .withPerson("alan", { org: "a", tier: "Sales", name: "Alan Turing", email: "alan@acme.test" })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper" })
  .withPerson("ghost", { org: "a", tierId: "deleted-tier", name: "Ghost" })
  .build();

describe("groupByTier", () => {
  it("groups one organisation by tier in tier order, people in map order, empty tiers left out", () => {
    const groups = groupByTier(map.people, map.tiers, "a");
    expect(groups.map((g) => [g.tierId, g.people.map((p) => p.id)])).toEqual([
      ["executive-sponsor", ["ada"]],
      ["sales", ["zoe", "alan"]],
      ["deleted-tier", ["ghost"]],
    ]);
  });

  it("keeps people of an unknown tier, last, with no tier attached", () => {
    const last = groupByTier(map.people, map.tiers, "a").at(-1);
    expect(last?.tier).toBeNull();
    expect(last?.people.map((p) => p.id)).toEqual(["ghost"]);
  });

  it("leaves out the other organisation", () => {
    const groups = groupByTier(map.people, map.tiers, "b");
    expect(groups.map((g) => g.people.map((p) => p.id))).toEqual([["grace"]]);
  });

  it("follows the tier order when tiers are reordered", () => {
    const reversed = [...map.tiers].reverse();
    expect(groupByTier(map.people, reversed, "a").map((g) => g.tierId)).toEqual([
      "sales",
      "executive-sponsor",
      "deleted-tier",
    ]);
  });
});

describe("search", () => {
  const zoe = map.people[0];
  if (!zoe) throw new Error("fixture");

  it("matches every word in name, title or email, ignoring case and accents", () => {
    expect(matchesQuery(zoe, "zoe")).toBe(true);
    expect(matchesQuery(zoe, "ANGSTROM director")).toBe(true);
    expect(matchesQuery(zoe, "zoe ceo")).toBe(false);
    expect(matchesQuery(zoe, "   ")).toBe(true);
  });

  it("filters by email too and returns the list untouched for an empty query", () => {
    expect(filterPeople(map.people, "acme.test").map((p) => p.id)).toEqual(["alan"]);
    expect(filterPeople(map.people, "  ")).toBe(map.people);
  });
});

describe("defaultTierId", () => {
  it("prefers the last used tier while it exists, else the first", () => {
    expect(defaultTierId(map.tiers, "sales")).toBe("sales");
    expect(defaultTierId(map.tiers, "gone")).toBe("executive-sponsor");
    expect(defaultTierId(map.tiers, null)).toBe("executive-sponsor");
    expect(defaultTierId([], null)).toBeUndefined();
  });
});

it("counts people in words", () => {
  expect(peopleCount(0)).toBe("0 people");
  expect(peopleCount(1)).toBe("1 person");
  expect(peopleCount(2)).toBe("2 people");
});
