import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PeerMap, type Person, pairKey } from "../../../src/domain/model";
import { connectCandidates } from "../../../src/panels/inspector/connectCandidates";
import { arbPeerMap } from "../arbitraries";
import { aMap } from "../builders";

const map = aMap()
  .withOrgs("Acme", "Globex")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace" })
  .withPerson("alan", { org: "a", tier: "Marketing", name: "Alan Turing" })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper" })
  .withPerson("ken", { org: "b", tier: "Sales", name: "Ken Thompson" })
  .withPerson("linus", { org: "b", tier: "Executive sponsor", name: "Linus" })
  .withLink("ada", "ken", 4)
  .build();

describe("who a person could be linked to", () => {
  it("lists same-tier counterparts first, then the other side, then colleagues, never someone already linked", () => {
    const groups = connectCandidates(map, "ada");
    expect(groups.map((g) => [g.label, g.people.map((p) => p.id)])).toEqual([
      ["Globex, Sales", ["grace"]],
      ["Globex, other tiers", ["linus"]],
      ["Acme (internal)", ["alan"]],
    ]);
  });

  it("is empty for someone not on the map, and drops empty groups", () => {
    expect(connectCandidates(map, "nobody")).toEqual([]);
    const pair = aMap()
      .withPerson("a1", { org: "a", tier: "Sales" })
      .withPerson("b1", { org: "b", tier: "Sales" })
      .build();
    expect(connectCandidates(pair, "a1").map((g) => g.label)).toEqual(["Partner, Sales"]);
  });
});

describe("who a person could be linked to, on any map", () => {
  /** The rule as stated: everyone else not yet linked to them, by tier, in three groups. */
  const byDefinition = (m: PeerMap, id: string) => {
    const person = m.people.find((p) => p.id === id);
    if (!person) return [];
    const linked = new Set(m.relationships.map((r) => pairKey(r.source, r.target)));
    const rank = (p: Person) => m.tiers.findIndex((t) => t.id === p.tierId);
    const open = m.people
      .filter((p) => p.id !== id && !linked.has(pairKey(id, p.id)))
      .sort((p, q) => Math.max(0, rank(p)) - Math.max(0, rank(q)));
    return [
      open.filter((p) => p.org !== person.org && p.tierId === person.tierId),
      open.filter((p) => p.org !== person.org && p.tierId !== person.tierId),
      open.filter((p) => p.org === person.org),
    ]
      .filter((people) => people.length > 0)
      .map((people) => people.map((p) => p.id));
  };

  it("lists exactly the people the rule names, in its order", () => {
    fc.assert(
      fc.property(arbPeerMap({ withDebris: true }), fc.nat(), (m, i) => {
        const id = m.people[i % Math.max(1, m.people.length)]?.id ?? "nobody";
        const groups = connectCandidates(m, id).map((g) => g.people.map((p) => p.id));
        expect(groups).toEqual(byDefinition(m, id));
      }),
    );
  });
});
