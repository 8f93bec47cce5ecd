import { beforeEach, describe, expect, it } from "vitest";
import { useMapStore } from "../../../src/store/mapStore";
import {
  clearSpotlight,
  toggleSpotlight,
  toggleSpotlightOnSelection,
  useSpotlight,
} from "../../../src/store/spotlight";
import { aMap, tierId } from "../builders";

const workshop = aMap()
  .named("Workshop")
  .withPerson("ada", { org: "a", tier: "Sales" })
  .withPerson("grace", { org: "b", tier: "Sales" })
  .build();
const spotlight = () => useSpotlight.getState().spotlight;
const select = (people: string[]) => useMapStore.getState().select({ people, relationships: [] });

beforeEach(() => {
  useMapStore.getState().openMap(workshop);
  useSpotlight.setState({ spotlight: null });
});

describe("the focus (spotlight)", () => {
  it("F focuses the one selected person and clears it the second time", () => {
    select(["ada"]);
    expect(toggleSpotlightOnSelection()).toBe(true);
    expect(spotlight()).toEqual({ kind: "person", id: "ada" });
    expect(toggleSpotlightOnSelection()).toBe(true);
    expect(spotlight()).toBeNull();
  });

  it("F with nobody or several people selected does nothing, or clears a focus", () => {
    expect(toggleSpotlightOnSelection()).toBe(false);
    select(["ada", "grace"]);
    expect(toggleSpotlightOnSelection()).toBe(false);
    toggleSpotlight({ kind: "tier", id: tierId("Sales") });
    expect(toggleSpotlightOnSelection()).toBe(true);
    expect(spotlight()).toBeNull();
  });

  it("moves from one person or tier to another, and clears only when there is one", () => {
    toggleSpotlight({ kind: "person", id: "ada" });
    toggleSpotlight({ kind: "tier", id: tierId("Sales") });
    expect(spotlight()).toEqual({ kind: "tier", id: tierId("Sales") });
    expect(clearSpotlight()).toBe(true);
    expect(clearSpotlight()).toBe(false);
  });

  it("is cleared when another map opens, not when this one changes", () => {
    toggleSpotlight({ kind: "person", id: "ada" });
    useMapStore.getState().renameMap("Renamed");
    expect(spotlight()).toEqual({ kind: "person", id: "ada" });
    useMapStore.getState().openMap({ ...workshop, id: "another" });
    expect(spotlight()).toBeNull();
  });
});
