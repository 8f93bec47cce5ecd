import { describe, expect, it } from "vitest";
import { connectCandidates } from "../../../src/panels/inspector/connectCandidates";
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
