import { beforeEach, describe, expect, it } from "vitest";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { redo, undo, useMapStore } from "../../../src/store/mapStore";
import { useToasts } from "../../../src/store/toasts";
import { aMap, tierId } from "../builders";

const SALES = tierId("Sales");
const store = () => useMapStore.getState();
const people = () => store().map?.people ?? [];
const relationships = () => store().map?.relationships ?? [];

const workshop = aMap()
  .withOrgs("Acme", "Globex")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace", at: slotPosition(0, "a") })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper", at: slotPosition(0, "b") })
  .build();

beforeEach(() => {
  store().openMap(workshop);
  useToasts.setState({ toasts: [] });
});

describe("the open map store", () => {
  it("opens a map with an empty history and selection", () => {
    expect(store().map).toBe(workshop);
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(0);
    expect(store().selection).toEqual({ people: [], relationships: [] });
  });

  it("connects two people, selects the new relationship and stamps the edit time", () => {
    const id = store().connect("ada", "grace");
    expect(id).toBeDefined();
    expect(store().selection.relationships).toEqual([id]);
    expect(relationships()[0]?.strength).toBe(3);
    expect(store().map?.updatedAt).not.toBe(workshop.updatedAt);
  });

  it("refuses a duplicate with a message and leaves the map as it was", () => {
    store().connect("ada", "grace");
    const before = store().map;
    expect(store().connect("grace", "ada")).toBeUndefined();
    expect(store().map).toBe(before);
    expect(useToasts.getState().toasts.at(-1)).toMatchObject({
      message: "Grace Hopper and Ada Lovelace are already connected.",
      tone: "error",
    });
  });

  it("rates the selected relationship with 1–5 and only when one is selected", () => {
    expect(store().rateSelection(5)).toBe(false);
    store().connect("ada", "grace");
    expect(store().rateSelection(5)).toBe(true);
    expect(relationships()[0]?.strength).toBe(5);
  });

  it("undoes and redoes every change, one step each, and not selection changes", () => {
    store().addPerson(
      { org: "a", name: "Alan", tierId: SALES, place: true },
      { select: true, focus: true },
    );
    expect(store().focusPersonId).toBe(people()[2]?.id);
    store().clearFocus();
    store().clearSelection();
    store().placePeople([
      { id: "ada", tierId: tierId("Marketing"), position: slotPosition(0, "a") },
    ]);
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(2);
    undo();
    expect(people()[0]?.tierId).toBe(SALES);
    undo();
    expect(people()).toHaveLength(2);
    redo();
    redo();
    expect(people()[0]?.tierId).toBe(tierId("Marketing"));
  });

  it("deletes the selection in one step, relationships of deleted people included", () => {
    store().connect("ada", "grace");
    store().select({ people: ["grace"], relationships: [] });
    store().deleteSelection();
    expect(people().map((p) => p.id)).toEqual(["ada"]);
    expect(relationships()).toEqual([]);
    expect(store().selection.people).toEqual([]);
    undo();
    expect(relationships()).toHaveLength(1);
  });

  it("applies a change from another tab without making it an undo step", () => {
    const remote = { ...workshop, name: "Renamed elsewhere" };
    store().applyExternal(remote);
    expect(store().map?.name).toBe("Renamed elsewhere");
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it("edits settings and tiers through the domain rules", () => {
    expect(store().renameMap("Acme × Globex")).toBe(true);
    expect(store().renameMap(" ")).toBe(false);
    expect(store().updateOrg("b", { name: "Globex Cloud" })).toBe(true);
    store().setHealthyThreshold(4);
    const id = store().addTier("Procurement");
    expect(id && store().renameTier(id, "Purchasing")).toBe(true);
    if (id) store().moveTier(id, -1);
    expect(store().map?.tiers.at(-2)?.name).toBe("Purchasing");
    expect(store().deleteTier(SALES)).toBe(false);
    expect(store().deleteTier(SALES, tierId("Marketing"))).toBe(true);
    expect(store().map?.settings.healthyThreshold).toBe(4);
    expect(store().map?.orgs.b.name).toBe("Globex Cloud");
  });

  it("updates people and relationships, tidies and sends people back to the roster", () => {
    expect(store().updatePerson("ada", { title: "VP Sales" })).toBe(true);
    const id = store().connect("ada", "grace") ?? "";
    store().updateRelationships([id], { notes: "Met at kickoff" });
    store().placePerson("grace", SALES, { x: 300, y: 200 });
    store().tidy();
    expect(people()[1]?.position).toEqual(slotPosition(0, "b"));
    store().unplacePerson("grace");
    expect(people()[1]?.position).toBeUndefined();
    expect(relationships()[0]?.notes).toBe("Met at kickoff");
    store().replaceMap(workshop);
    expect(people()).toHaveLength(2);
  });

  it("does nothing when no map is open", () => {
    store().closeMap();
    expect(store().addPerson({ org: "a", name: "X", tierId: SALES })).toBeUndefined();
    store().deleteSelection();
    store().tidy();
    expect(store().map).toBeNull();
  });

  it("takes an edit that changes nothing as no step: same map, no undo step, no message", () => {
    const id = store().connect("ada", "grace") ?? "";
    const before = store().map;
    const steps = useMapStore.temporal.getState().pastStates.length;
    const ada = people()[0];
    expect(store().updatePerson("ada", { name: ada?.name ?? "", tierId: SALES })).toBe(true);
    expect(store().renameMap(before?.name ?? "")).toBe(true);
    expect(store().updateOrg("a", { name: "Acme" })).toBe(true);
    store().setHealthyThreshold(before?.settings.healthyThreshold ?? 3);
    store().updateRelationships([id], { strength: 3 });
    store().unplacePerson("nobody-placed");
    store().moveTier(before?.tiers[0]?.id ?? "", -1);
    expect(store().renameTier(SALES, "Sales")).toBe(true);
    expect(store().map).toBe(before);
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(steps);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      "That person is no longer on the map.",
    ]);
  });
});

describe("Place all", () => {
  it("places everyone waiting in their tier in one undo step, and says how many", () => {
    const waiting = aMap()
      .withOrgs("Acme", "Globex")
      .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace" })
      .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper" })
      .build();
    store().openMap(waiting);
    expect(store().placeAll()).toBe(2);
    expect(people().map((p) => [p.tierId, p.position])).toEqual([
      [SALES, slotPosition(0, "a")],
      [SALES, slotPosition(0, "b")],
    ]);
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(1);
    undo();
    expect(people().every((p) => p.position === undefined)).toBe(true);
    expect(store().placeAll()).toBe(2);
    expect(store().placeAll()).toBe(0);
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(1);
  });
});

describe("adding a pasted list", () => {
  it("adds everyone in one undo step, placed, and one undo takes them all back", () => {
    const steps = useMapStore.temporal.getState().pastStates.length;
    const added = store().addPeople(
      ["Mia", "Li", "Sam"].map((name) => ({ org: "b", tierId: SALES, name, place: true })),
    );
    expect(added).toBe(3);
    expect(people().filter((p) => p.org === "b" && p.position)).toHaveLength(4);
    expect(useMapStore.temporal.getState().pastStates).toHaveLength(steps + 1);
    undo();
    expect(people().map((p) => p.name)).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });

  it("adds nobody and says why when one of them is refused", () => {
    expect(store().addPeople([{ org: "a", tierId: SALES, name: " " }])).toBe(0);
    expect(people()).toHaveLength(2);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      "Person 1 in the list: Type a name first.",
    ]);
  });
});
