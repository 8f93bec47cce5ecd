import { describe, expect, it } from "vitest";
import {
  describeCounts,
  relationshipEnds,
  summariseSelection,
} from "../../../src/panels/inspector/selectionSummary";
import { aMap } from "../builders";

const map = aMap()
  .withTiers("Executive sponsor", "Sales")
  .withPerson("ada", { org: "a", tier: "Sales" })
  .withPerson("alan", { org: "a", tier: "Sales" })
  .withPerson("grace", { org: "b", tier: "Sales" })
  .withPerson("linus", { org: "b", tier: "Executive sponsor" })
  .withLink("ada", "grace", 4)
  .withLink("alan", "grace", 4)
  .withLink("ada", "linus", 2)
  .withLink("ada", "alan", 5)
  .build();

describe("summariseSelection", () => {
  it("finds what the selected people share", () => {
    const summary = summariseSelection(map, { people: ["ada", "alan"], relationships: [] });
    expect(summary.people.map((p) => p.id)).toEqual(["ada", "alan"]);
    expect(summary).toMatchObject({ org: "a", tierId: "sales", strength: null });
  });

  it("reports mixes as null", () => {
    const summary = summariseSelection(map, {
      people: ["ada", "grace", "linus"],
      relationships: [],
    });
    expect(summary).toMatchObject({ org: null, tierId: null });
  });

  it("finds a common strength, or null for a mix", () => {
    expect(
      summariseSelection(map, { people: [], relationships: ["ada-grace", "alan-grace"] }).strength,
    ).toBe(4);
    expect(
      summariseSelection(map, { people: [], relationships: ["ada-grace", "ada-linus"] }).strength,
    ).toBeNull();
  });

  it("ignores ids no longer on the map and keeps selection order", () => {
    const summary = summariseSelection(map, {
      people: ["grace", "gone", "ada"],
      relationships: ["nope"],
    });
    expect(summary.people.map((p) => p.id)).toEqual(["grace", "ada"]);
    expect(summary.relationships).toEqual([]);
    expect(summary.strength).toBeNull();
  });

  it("has nothing in common for an empty selection", () => {
    expect(summariseSelection(map, { people: [], relationships: [] })).toEqual({
      people: [],
      relationships: [],
      org: null,
      tierId: null,
      strength: null,
    });
  });
});

describe("describeCounts", () => {
  it("names each non-zero part in the singular or plural", () => {
    expect(describeCounts(3, 2)).toBe("3 people, 2 relationships");
    expect(describeCounts(1, 1)).toBe("1 person, 1 relationship");
    expect(describeCounts(2, 0)).toBe("2 people");
    expect(describeCounts(0, 4)).toBe("4 relationships");
    expect(describeCounts(0, 0)).toBe("nothing");
  });
});

describe("relationshipEnds", () => {
  it("finds both people and whether the link stays inside one organisation", () => {
    const [adaGrace, , , adaAlan] = map.relationships;
    if (!adaGrace || !adaAlan) throw new Error("fixture");
    expect(relationshipEnds(map.people, adaGrace)).toMatchObject({
      source: { id: "ada" },
      target: { id: "grace" },
      internal: false,
    });
    expect(relationshipEnds(map.people, adaAlan)?.internal).toBe(true);
  });

  it("is null when an end is missing", () => {
    expect(
      relationshipEnds(map.people, { id: "x", source: "ada", target: "gone", strength: 3 }),
    ).toBeNull();
  });
});
