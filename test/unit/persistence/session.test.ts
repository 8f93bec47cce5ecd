import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { dexieBackend } from "../../../src/persistence/backend";
import { openPeermapDb, SCHEMA_VERSIONS } from "../../../src/persistence/db";
import { createMapRepository } from "../../../src/persistence/mapRepository";
import { createPersistenceSession } from "../../../src/persistence/session";
import type { PersistenceSession, SessionOptions } from "../../../src/persistence/sessionTypes";
import { setStorageStatus, useStorageStatusStore } from "../../../src/persistence/status";
import { applied } from "../builders";
import { acmeMap, dbName, fakeIdb, testMapStore } from "./helpers";

/** A version after the current one, as a newer release would declare. */
const NEXT_VERSION = (SCHEMA_VERSIONS.at(-1)?.version ?? 0) + 1;

const storage = () => useStorageStatusStore.getState().status;
const FAST = { debounceMs: 5, maxWaitMs: 10, retryMs: [20] };
const sessions: PersistenceSession[] = [];
let channelName = "";

function tab(options: Partial<SessionOptions> & { name: string; factory?: IDBFactory }) {
  const store = testMapStore();
  const toasts: string[] = [];
  const session = createPersistenceSession({
    store,
    dbName: options.name,
    db: options.db ?? fakeIdb(options.factory),
    autosave: FAST,
    channelName,
    toast: (message) => toasts.push(message),
    persist: { storage: { persist: async () => true } },
    ...options,
  });
  sessions.push(session);
  return { session, store, toasts, map: () => store.getState().map as PeerMap };
}

beforeEach(() => {
  setStorageStatus({ mode: "starting" });
  channelName = `peermap-test-${Math.random()}`;
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

describe("session on IndexedDB", () => {
  it("creates, lists, opens and saves edits", async () => {
    const { session, store } = tab({ name: dbName() });
    const id = await session.createStoredMap("sample", "2024-05-14T09:00:00.000Z");
    expect(storage()).toEqual({ mode: "indexeddb" });
    const repo = session.runtime.getState().repository;
    expect((await repo?.listMaps())?.map((s) => s.name)).toEqual(["Sample alliance"]);
    expect(await session.openStoredMap(id)).toBe("ok");
    const first = store.getState().map?.people[0];
    store.setMap(applied(linkEdit.updateRelationships(store.getState().map as PeerMap, [], {})));
    store.setMap({ ...(store.getState().map as PeerMap), name: "Renamed in the editor" });
    await vi.waitFor(async () =>
      expect((await repo?.loadMap(id))?.map.name).toBe("Renamed in the editor"),
    );
    expect((await repo?.loadMap(id))?.map.people[0]).toEqual(first);
    expect(await session.openStoredMap("missing")).toBe("not-found");
  });

  it("stores a blank map with the names typed in the New map dialog", async () => {
    const { session } = tab({ name: dbName() });
    const names = { name: "Contoso × Fabrikam", a: " Contoso ", b: "Fabrikam" };
    const id = await session.createStoredMap("blank", "2024-05-14T09:00:00.000Z", names);
    const stored = (await session.runtime.getState().repository?.loadMap(id))?.map;
    expect(stored?.name).toBe("Contoso × Fabrikam");
    expect([stored?.orgs.a.name, stored?.orgs.b.name]).toEqual(["Contoso", "Fabrikam"]);
  });

  it("survives React StrictMode's open, close, open of the same map", async () => {
    const { session, store } = tab({ name: dbName() });
    const id = await session.createStoredMap("sample");
    const first = session.openStoredMap(id);
    const close = session.closeStoredMap();
    const second = session.openStoredMap(id);
    await Promise.all([first, close, second]);
    expect(store.getState().map?.id).toBe(id);
    store.setMap({ ...(store.getState().map as PeerMap), name: "Still saved" });
    const repo = session.runtime.getState().repository;
    await vi.waitFor(async () => expect((await repo?.loadMap(id))?.map.name).toBe("Still saved"));
  });

  it("shows load warnings as toasts", async () => {
    const name = dbName();
    const factory = new IDBFactory();
    const db = openPeermapDb(name, fakeIdb(factory));
    const map = acmeMap();
    await createMapRepository(dexieBackend(db)).saveMap(map);
    await db.table("relationships").update([map.id, "alan-grace"], { strength: "strong" });
    db.close();
    const { session, toasts, map: open } = tab({ name, factory });
    expect(await session.openStoredMap(map.id)).toBe("ok");
    expect(toasts).toEqual(['Skipped a damaged relationship (alan-grace) in "Acme x Globex".']);
    expect(open().relationships).toHaveLength(1);
  });

  it("deletes a map and undoes the delete", async () => {
    const { session } = tab({ name: dbName() });
    const id = await session.createStoredMap("blank");
    const undo = await session.deleteStoredMap(id);
    const repo = session.runtime.getState().repository;
    expect(await repo?.listMaps()).toEqual([]);
    await undo();
    expect((await repo?.listMaps())?.map((s) => s.id)).toEqual([id]);
  });

  it("renames the open map through the editor, so its undo history and saves stay in step", async () => {
    const { session, store } = tab({ name: dbName() });
    const id = await session.createStoredMap("blank");
    await session.openStoredMap(id);
    expect(await session.renameStoredMap(id, "Workshop")).toBe(true);
    expect(store.getState().map?.name).toBe("Workshop");
    const repo = session.runtime.getState().repository;
    await vi.waitFor(async () => expect((await repo?.loadMap(id))?.map.name).toBe("Workshop"));
  });

  it("picks up unsaved edits of a map closed and opened again while storage is failing", async () => {
    const { session, store } = tab({ name: dbName() });
    const id = await session.createStoredMap("blank");
    await session.openStoredMap(id);
    const repo = session.runtime.getState().repository;
    if (!repo) throw new Error("not ready");
    const applyChanges = vi.spyOn(repo, "applyChanges").mockRejectedValue(new Error("flaky"));
    store.setMap({ ...(store.getState().map as PeerMap), name: "Unsaved" });
    store.getState().closeMap();
    await session.openStoredMap(id);
    expect(store.getState().map?.name).toBe("Unsaved");
    applyChanges.mockRestore();
    await vi.waitFor(async () => expect((await repo.loadMap(id))?.map.name).toBe("Unsaved"));
  });
});

describe("two tabs", () => {
  it("shows an edit made in one tab in the other, and keeps concurrent edits to different people", async () => {
    const name = dbName();
    const factory = new IDBFactory();
    const a = tab({ name, factory });
    const b = tab({ name, factory });
    const id = await a.session.createStoredMap("sample");
    await a.session.openStoredMap(id);
    await b.session.openStoredMap(id);
    const [first, second] = a.map().people;
    if (!first || !second) throw new Error("sample has people");

    const renamed = (tabMap: PeerMap, personId: string, title: string) => {
      const result = edit.updatePerson(tabMap, personId, { title });
      if (!result.ok) throw new Error(result.reason);
      return result.map;
    };
    a.store.setMap(renamed(a.map(), first.id, "Edited in A"));
    b.store.setMap(renamed(b.map(), second.id, "Edited in B"));

    const titles = (map: PeerMap) => [map.people[0]?.title, map.people[1]?.title];
    await vi.waitFor(() => {
      expect(titles(a.map())).toEqual(["Edited in A", "Edited in B"]);
      expect(titles(b.map())).toEqual(["Edited in A", "Edited in B"]);
    });
    expect(a.store.externals.length + b.store.externals.length).toBeGreaterThan(0);
    await vi.waitFor(async () => {
      const stored = await a.session.runtime.getState().repository?.loadMap(id);
      expect(titles(stored?.map as PeerMap)).toEqual(["Edited in A", "Edited in B"]);
    });
  });
});

describe("a map deleted in another tab while open here", () => {
  it("tells the user, and the next edit here stores the whole map again", async () => {
    const name = dbName();
    const factory = new IDBFactory();
    const a = tab({ name, factory });
    const b = tab({ name, factory });
    const id = await a.session.createStoredMap("sample");
    await b.session.openStoredMap(id);
    await a.session.deleteStoredMap(id);
    await vi.waitFor(() =>
      expect(b.toasts).toEqual([expect.stringContaining("was deleted in another tab")]),
    );
    b.store.setMap({ ...b.map(), name: "Kept" });
    const repo = a.session.runtime.getState().repository;
    await vi.waitFor(async () => expect((await repo?.loadMap(id))?.map).toEqual(b.map()));
  });
});

describe("storage failures", () => {
  it("works in memory when IndexedDB cannot be opened", async () => {
    const broken = {
      open: () => {
        throw Object.assign(new Error("blocked by the browser"), { name: "SecurityError" });
      },
    };
    const { session, store } = tab({ name: dbName(), db: { indexedDB: broken } });
    const id = await session.createStoredMap("sample");
    expect(storage()).toEqual({
      mode: "memory",
      reason: "this browser blocks storage for this page",
    });
    expect(await session.openStoredMap(id)).toBe("ok");
    store.setMap({ ...(store.getState().map as PeerMap), name: "Still works" });
    expect(await session.flushSaves()).toBe(true);
    const repo = session.runtime.getState().repository;
    expect(repo?.backend.kind).toBe("memory");
    expect((await repo?.listMaps())?.map((s) => s.name)).toEqual(["Still works"]);
  });

  it("moves to memory, keeping every map and the pending edit, when the disk is full", async () => {
    const { session, store } = tab({ name: dbName() });
    const other = await session.createStoredMap("blank");
    const id = await session.createStoredMap("sample");
    await session.openStoredMap(id);
    const repo = session.runtime.getState().repository;
    if (!repo) throw new Error("not ready");
    vi.spyOn(repo, "applyChanges").mockRejectedValue(
      Object.assign(new Error("full"), { name: "QuotaExceededError" }),
    );
    store.setMap({ ...(store.getState().map as PeerMap), name: "Edited when full" });
    await vi.waitFor(() =>
      expect(storage()).toEqual({ mode: "memory", reason: "this device's storage is full" }),
    );
    const memory = session.runtime.getState().repository;
    expect(memory?.backend.kind).toBe("memory");
    await vi.waitFor(async () =>
      expect((await memory?.loadMap(id))?.map.name).toBe("Edited when full"),
    );
    expect((await memory?.listMaps())?.map((s) => s.id).sort()).toEqual([id, other].sort());
  });

  it("lets a schema upgrade in another tab through, saving first, and asks for a reload", async () => {
    const name = dbName();
    const factory = new IDBFactory();
    const { session, store } = tab({ name, factory });
    const id = await session.createStoredMap("blank");
    await session.openStoredMap(id);
    store.setMap({ ...(store.getState().map as PeerMap), name: "Saved before the upgrade" });

    const v2 = openPeermapDb(name, {
      ...fakeIdb(factory),
      versions: [...SCHEMA_VERSIONS, { version: NEXT_VERSION, stores: {} }],
    });
    await v2.open(); // must not hang
    expect(v2.verno).toBe(NEXT_VERSION);
    await vi.waitFor(() => expect(storage().mode).toBe("outdated"));
    expect((await createMapRepository(dexieBackend(v2)).loadMap(id))?.map.name).toBe(
      "Saved before the upgrade",
    );
    v2.close();
    // The tab carries on in memory.
    expect(session.runtime.getState().repository?.backend.kind).toBe("memory");
    expect(await session.openStoredMap(id)).toBe("ok");
  });

  it("does not hang when an old tab never lets an upgrade through", async () => {
    const name = dbName();
    const factory = new IDBFactory();
    const stubborn = openPeermapDb(name, fakeIdb(factory));
    stubborn.on("versionchange", () => false); // an old tab that ignores upgrades
    await stubborn.open();
    const { session } = tab({
      name,
      factory,
      blockedTimeoutMs: 20,
      db: {
        ...fakeIdb(factory),
        versions: [...SCHEMA_VERSIONS, { version: NEXT_VERSION, stores: {} }],
      },
    });
    await session.ready();
    expect(storage()).toMatchObject({
      mode: "memory",
      reason: expect.stringContaining("older version"),
    });
    expect(await session.createStoredMap("blank")).toEqual(expect.any(String));
    stubborn.close();
  });
});
