import { beforeEach, describe, expect, it } from "vitest";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { HISTORY_LIMIT } from "../../../src/store/history";
import { discardStep, inOneStep, redo, undo, useMapStore } from "../../../src/store/mapStore";
import { applied, twoLinksToGrace } from "../builders";

const store = () => useMapStore.getState();
const history = () => useMapStore.temporal.getState();
const map = () => store().map as PeerMap;
const strengths = () => map().relationships.map((r) => [r.id, r.strength]);

const workshop = twoLinksToGrace();

/** What another tab's saved edit looks like here: merged in, not an undo step of ours. */
const remote = (change: (map: PeerMap) => PeerMap) => store().applyExternal(change(map()));

beforeEach(() => store().openMap(workshop));

describe("undo history", () => {
  it("undoes only this tab's rating, keeping the other tab's, and redoes it on top", () => {
    store().updateRelationships(["ada-grace"], { strength: 5 });
    remote((m) => applied(linkEdit.updateRelationships(m, ["alan-grace"], { strength: 4 })));
    undo();
    expect(strengths()).toEqual([
      ["ada-grace", 2],
      ["alan-grace", 4],
    ]);
    redo();
    expect(strengths()).toEqual([
      ["ada-grace", 5],
      ["alan-grace", 4],
    ]);
  });

  it("gives back the very map it had when nothing else changed it meanwhile", () => {
    const before = map();
    store().updatePerson("ada", { title: "Countess" });
    const after = map();
    undo();
    expect(map()).toBe(before);
    redo();
    expect(map()).toBe(after);
  });

  it("stamps a new edit time on a map made by replaying changes", () => {
    store().updateRelationships(["ada-grace"], { strength: 5 });
    remote((m) => ({ ...m, name: "Renamed" }));
    const merged = map();
    undo();
    expect(map().name).toBe("Renamed");
    expect(map()).not.toBe(merged);
  });

  it("does not bring back a person another tab deleted", () => {
    store().updatePerson("ada", { title: "Countess" });
    remote((m) => applied(edit.removeItems(m, ["ada"])));
    undo();
    expect(map().people.map((p) => p.id)).toEqual(["grace", "alan"]);
    expect(map().relationships.map((r) => r.id)).toEqual(["alan-grace"]);
  });

  it("makes the commits of one field edit one step, however many there were", () => {
    for (const notes of ["M", "Met", "Met at kickoff"])
      inOneStep("notes-1", () => store().updateRelationships(["ada-grace"], { notes }));
    expect(history().pastStates).toHaveLength(1);
    inOneStep("notes-2", () => store().updateRelationships(["ada-grace"], { notes: "Again" }));
    store().updateRelationships(["ada-grace"], { strength: 4 });
    expect(history().pastStates).toHaveLength(3);
    undo();
    undo();
    expect(map().relationships[0]?.notes).toBe("Met at kickoff");
    undo();
    expect(map().relationships[0]?.notes).toBeUndefined();
    redo();
    expect(map().relationships[0]?.notes).toBe("Met at kickoff");
  });

  it("keeps one commit per run of a field edit, split only where another tab's edit came in", () => {
    for (const notes of ["M", "Me", "Met"])
      inOneStep("notes", () => store().updateRelationships(["ada-grace"], { notes }));
    expect(history().pastStates[0]?.commits).toHaveLength(1);
    remote((m) => applied(linkEdit.updateRelationships(m, ["alan-grace"], { strength: 5 })));
    inOneStep("notes", () => store().updateRelationships(["ada-grace"], { notes: "Met A" }));
    expect(history().pastStates[0]?.commits).toHaveLength(2);
    undo();
    expect(strengths()).toEqual([
      ["ada-grace", 2],
      ["alan-grace", 5],
    ]);
    expect(map().relationships[0]?.notes).toBeUndefined();
  });

  it("does not join an edit to a step that was undone since", () => {
    inOneStep("notes-1", () => store().updateRelationships(["ada-grace"], { notes: "A" }));
    undo();
    inOneStep("notes-1", () => store().updateRelationships(["ada-grace"], { notes: "B" }));
    expect(history().pastStates).toHaveLength(1);
    expect(history().futureStates).toHaveLength(0);
    undo();
    expect(map().relationships[0]?.notes).toBeUndefined();
  });

  it("throws a field edit away, leaving nothing to redo", () => {
    store().updatePerson("grace", { title: "Admiral" });
    const before = map();
    for (const notes of ["x", "xy"])
      inOneStep("ada-notes", () => store().updatePerson("ada", { notes }));
    remote((m) => applied(linkEdit.updateRelationships(m, ["alan-grace"], { strength: 5 })));
    expect(discardStep("other")).toBe(false);
    expect(discardStep("ada-notes")).toBe(true);
    expect(map().people).toEqual(before.people);
    expect(map().relationships[1]?.strength).toBe(5);
    expect(history().pastStates).toHaveLength(1);
    expect(history().futureStates).toHaveLength(0);
    expect(discardStep("ada-notes")).toBe(false);
  });

  it("gives redo back what a discarded field edit cleared from it", () => {
    store().renameMap("Renamed");
    undo();
    inOneStep("name", () => store().updatePerson("ada", { title: "Countess" }));
    expect(history().futureStates).toHaveLength(0);
    expect(discardStep("name")).toBe(true);
    expect(map()).toBe(workshop);
    redo();
    expect(map().name).toBe("Renamed");
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store().renameMap(`Name ${i}`);
    expect(history().pastStates).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) undo();
    expect(map().name).toBe("Name 4");
  });
});
