import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PeerMap } from "../../../src/domain/model";
import { type Autosave, startAutosave } from "../../../src/persistence/autosave";
import { memoryBackend } from "../../../src/persistence/backend";
import {
  createMapRepository,
  type MapChanges,
  type MapRepository,
} from "../../../src/persistence/mapRepository";
import { useSaveStatusStore } from "../../../src/persistence/status";
import { useMapStore } from "../../../src/store/mapStore";
import { acmeMap } from "./helpers";

interface Spied {
  repo: MapRepository;
  writes: MapChanges[];
  fullSaves: PeerMap[];
  /** Make the next n writes fail like a full disk. */
  failNext(n: number): void;
}

function spiedRepository(): Spied {
  const inner = createMapRepository(memoryBackend());
  let failures = 0;
  const spied: Spied = {
    writes: [],
    fullSaves: [],
    failNext: (n) => {
      failures = n;
    },
    repo: {
      ...inner,
      applyChanges: async (mapId, changes) => {
        if (failures > 0) {
          failures -= 1;
          throw Object.assign(new Error("disk full"), { name: "QuotaExceededError" });
        }
        spied.writes.push(changes);
        return inner.applyChanges(mapId, changes);
      },
      saveMap: async (map) => {
        spied.fullSaves.push(map);
        return inner.saveMap(map);
      },
    },
  };
  return spied;
}

const status = () => useSaveStatusStore.getState().status;
const store = () => useMapStore.getState();
const ids = (changes: MapChanges) => ({
  people: changes.putPeople.map((p) => p.id),
  deleted: changes.deletePeopleIds,
  relationships: changes.putRelationships.map((r) => r.id),
});

describe("autosave", () => {
  let spied: Spied;
  let autosave: Autosave;
  let page: { window: EventTarget; document: EventTarget & { visibilityState: string } };

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    spied = spiedRepository();
    const map = acmeMap();
    await spied.repo.saveMap(map);
    spied.fullSaves.length = 0;
    store().openMap(map);
    page = {
      window: new EventTarget(),
      document: Object.assign(new EventTarget(), { visibilityState: "visible" }),
    };
    autosave = startAutosave({
      mapId: map.id,
      baseline: map,
      store: useMapStore,
      repository: () => spied.repo,
      events: page,
    });
  });

  afterEach(() => {
    autosave.cancel();
    store().closeMap();
    vi.useRealTimers();
  });

  it("batches quick edits into one write, 250 ms after the last", async () => {
    store().updatePerson("ada", { title: "Countess" });
    await vi.advanceTimersByTimeAsync(100);
    store().updatePerson("grace", { title: "Admiral" });
    expect(status()).toBe("saving");
    await vi.advanceTimersByTimeAsync(200);
    expect(spied.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(spied.writes).toHaveLength(1);
    expect(ids(spied.writes[0] as MapChanges)).toEqual({
      people: ["ada", "grace"],
      deleted: [],
      relationships: [],
    });
    expect(status()).toBe("saved");
    const stored = await spied.repo.loadMap(acmeMap().id);
    expect(stored?.map).toEqual(store().map);
  });

  it("writes at most 500 ms after the first edit, even while typing goes on", async () => {
    for (let i = 1; i <= 10; i++) {
      store().updatePerson("ada", { notes: "x".repeat(i) });
      await vi.advanceTimersByTimeAsync(100);
    }
    // Edits at 0..900 ms: writes at 500 ms and again 500 ms after the next pending edit.
    expect(spied.writes.length).toBeGreaterThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(500);
    expect((await spied.repo.loadMap(acmeMap().id))?.map.people[0]?.notes).toBe("x".repeat(10));
  });

  it("takes the header's coverage from coverageOf, once per write, for the version it writes", async () => {
    autosave.cancel();
    const asked: PeerMap[] = [];
    autosave = startAutosave({
      mapId: acmeMap().id,
      baseline: acmeMap(),
      store: useMapStore,
      repository: () => spied.repo,
      events: page,
      coverageOf: (map) => {
        asked.push(map);
        return 42;
      },
    });
    store().updatePerson("ada", { title: "Countess" });
    store().updatePerson("grace", { title: "Admiral" });
    store().updatePerson("ada", { title: "Lady" });
    await vi.advanceTimersByTimeAsync(250);
    expect(spied.writes).toHaveLength(1);
    expect(asked).toEqual([store().map]);
    expect(spied.writes[0]?.header?.coverage).toBe(42);
  });

  it("writes at once when the page is hidden or left", async () => {
    store().updatePerson("ada", { title: "Countess" });
    page.document.visibilityState = "hidden";
    page.document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(0);
    expect(spied.writes).toHaveLength(1);
    store().updatePerson("ada", { title: "Lady" });
    page.window.dispatchEvent(new Event("pagehide"));
    await vi.advanceTimersByTimeAsync(0);
    expect(spied.writes).toHaveLength(2);
  });

  it("does not flush when the page becomes visible", async () => {
    store().updatePerson("ada", { title: "Countess" });
    page.document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(0);
    expect(spied.writes).toHaveLength(0);
  });

  it("keeps the changes of a failed write, shows the error, and saves them all on the next change", async () => {
    spied.failNext(1);
    store().updatePerson("ada", { title: "Countess" });
    await vi.advanceTimersByTimeAsync(250);
    expect(spied.writes).toHaveLength(0);
    expect(status()).toEqual({ error: "this device's storage is full" });
    expect(autosave.hasPending()).toBe(true);
    store().updatePerson("grace", { title: "Admiral" });
    expect(status()).toEqual({ error: "this device's storage is full" }); // not "saving" until it works
    await vi.advanceTimersByTimeAsync(250);
    expect(spied.writes).toHaveLength(1);
    expect(ids(spied.writes[0] as MapChanges).people).toEqual(["ada", "grace"]);
    expect(status()).toBe("saved");
  });

  it("retries a failed write by itself after a delay", async () => {
    spied.failNext(2);
    store().updatePerson("ada", { title: "Countess" });
    await vi.advanceTimersByTimeAsync(250); // fails
    await vi.advanceTimersByTimeAsync(1000); // retry fails
    expect(spied.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2000); // second retry works
    expect(spied.writes).toHaveLength(1);
    expect((await spied.repo.loadMap(acmeMap().id))?.map.people[0]?.title).toBe("Countess");
  });

  it("writes a drag as one person, once, when it ends", async () => {
    store().placePerson("grace", "executive-sponsor", { x: 232, y: 16 });
    await vi.advanceTimersByTimeAsync(500);
    expect(spied.writes).toHaveLength(1);
    expect(ids(spied.writes[0] as MapChanges)).toEqual({
      people: ["grace"],
      deleted: [],
      relationships: [],
    });
  });

  it("saves undo like any other change", async () => {
    store().deleteSelection();
    store().select({ people: ["alan"], relationships: [] });
    store().deleteSelection();
    await vi.advanceTimersByTimeAsync(500);
    useMapStore.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(500);
    expect(spied.writes.map(ids)).toEqual([
      { people: [], deleted: ["alan"], relationships: [] },
      { people: ["alan"], deleted: [], relationships: ["alan-grace"] },
    ]);
  });

  it("says Saved again when every pending edit is undone before the write", async () => {
    store().updatePerson("ada", { title: "Countess" });
    expect(status()).toBe("saving");
    useMapStore.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(500);
    expect(spied.writes).toHaveLength(0);
    expect(status()).toBe("saved");
  });

  it("saves at once when the map is closed", async () => {
    store().updatePerson("ada", { title: "Countess" });
    store().closeMap();
    await vi.advanceTimersByTimeAsync(0);
    expect(spied.writes).toHaveLength(1);
  });

  it("saves the whole map when it was deleted from storage meanwhile", async () => {
    const onMapGone = vi.fn();
    autosave.cancel();
    autosave = startAutosave({
      mapId: acmeMap().id,
      baseline: acmeMap(),
      store: useMapStore,
      repository: () => spied.repo,
      events: page,
      onMapGone,
    });
    await spied.repo.deleteMap(acmeMap().id);
    store().updatePerson("ada", { title: "Countess" });
    await vi.advanceTimersByTimeAsync(250);
    expect(onMapGone).toHaveBeenCalledOnce();
    expect(spied.fullSaves).toHaveLength(1);
    expect((await spied.repo.loadMap(acmeMap().id))?.map).toEqual(store().map);
  });

  it("writes nothing, hidden or left, when the map went from storage and nothing is unsaved", async () => {
    const onMapGone = vi.fn();
    autosave.cancel();
    autosave = startAutosave({
      mapId: acmeMap().id,
      baseline: store().map,
      store: useMapStore,
      repository: () => spied.repo,
      events: page,
      onMapGone,
    });
    await spied.repo.deleteMap(acmeMap().id);
    await autosave.mergeRemote((repo) => repo.readRecords(acmeMap().id, [], []));
    expect(onMapGone).toHaveBeenCalledWith(store().map, false);
    page.document.visibilityState = "hidden";
    page.document.dispatchEvent(new Event("visibilitychange"));
    page.window.dispatchEvent(new Event("pagehide"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await autosave.flush()).toBe(true);
    expect(spied.fullSaves).toEqual([]);
    expect(await spied.repo.listMaps()).toEqual([]);
    expect(status()).toBe("saved");
    // The next edit saves it again, whole.
    store().updatePerson("ada", { title: "Countess" });
    await vi.advanceTimersByTimeAsync(250);
    expect(spied.fullSaves).toHaveLength(1);
  });

  it("writes nothing while held, and what is pending once released", async () => {
    const release = autosave.hold();
    store().updatePerson("ada", { title: "Countess" });
    page.window.dispatchEvent(new Event("pagehide"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(spied.writes).toHaveLength(0);
    expect(autosave.hasPending()).toBe(true);
    release();
    await vi.advanceTimersByTimeAsync(250);
    expect(spied.writes.map(ids)).toEqual([{ people: ["ada"], deleted: [], relationships: [] }]);
  });
});
