import { beforeEach, describe, expect, it } from "vitest";
import { useMapStore } from "../../../src/store/mapStore";
import { shownMap, usePresentation } from "../../../src/store/presentation";
import { aMap } from "../builders";

const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Executive sponsor", "Sales", "Marketing")
  .withPerson("ada", { org: "a", tier: "Executive sponsor", at: { x: 0, y: 16 } })
  .withPerson("ben", { org: "b", tier: "Executive sponsor", at: { x: 0, y: 16 } })
  .withPerson("cy", { org: "a", tier: "Marketing", at: { x: 0, y: 16 } })
  .withLink("ada", "ben", 4)
  .withLink("ben", "cy", 2)
  .build();
const [top, lower] = map.relationships.map((r) => r.id);
const presentation = () => usePresentation.getState();
const selection = () => useMapStore.getState().selection;

beforeEach(() => {
  useMapStore.getState().openMap(map);
  presentation().stop();
});

describe("present mode's state", () => {
  it("starts at the top tier, steps one tier at a time, and shows all at the end", () => {
    presentation().start();
    expect(presentation()).toMatchObject({ presenting: true, revealed: 1 });
    presentation().next();
    expect(presentation().revealed).toBe(2);
    presentation().next();
    expect(presentation().revealed).toBeNull();
    presentation().previous();
    expect(presentation().revealed).toBe(2);
    presentation().showAll();
    expect(presentation().revealed).toBeNull();
    presentation().stop();
    expect(presentation()).toMatchObject({ presenting: false, revealed: null, adding: false });
  });

  it("lets go of whatever a step hides, so a key never acts on what nobody sees", () => {
    useMapStore
      .getState()
      .select({ people: ["ada", "cy"], relationships: [top ?? "", lower ?? ""] });
    presentation().start();
    expect(selection()).toEqual({ people: ["ada"], relationships: [top] });
    presentation().showAll();
    presentation().previous();
    presentation().previous();
    presentation().previous();
    expect(presentation().revealed).toBe(0);
    expect(selection()).toEqual({ people: [], relationships: [] });
  });

  it("changes nothing in the map or its undo history", () => {
    presentation().start();
    presentation().next();
    presentation().setAdding(true);
    presentation().announce("Hello");
    expect(useMapStore.getState().map).toBe(map);
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it("hands the canvas and the bar one restricted map per map and step", () => {
    expect(shownMap(map, null)).toBe(map);
    const one = shownMap(map, 1);
    expect(one.people.map((p) => p.id)).toEqual(["ada", "ben"]);
    expect(shownMap(map, 1)).toBe(one);
    expect(shownMap(map, 2)).not.toBe(one);
  });
});
