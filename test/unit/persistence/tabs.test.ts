/**
 * Two tabs of one browser on one map, through the whole session: a tab with nothing unsaved
 * never writes, a replace reaches every tab (unsaved changes there are kept as a copy), a
 * replace storage refuses changes nothing, and a rating of a relationship whose person the
 * other tab deleted is not stored.
 */
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { createPersistenceSession } from "../../../src/persistence/session";
import type { PersistenceSession, SessionOptions } from "../../../src/persistence/sessionTypes";
import { setStorageStatus, useStorageStatusStore } from "../../../src/persistence/status";
import { applied } from "../builders";
import { dbName, fakeIdb, testMapStore } from "./helpers";

const FAST = { debounceMs: 5, maxWaitMs: 10, retryMs: [20] };
const sessions: PersistenceSession[] = [];
let channelName = "";

/** A page's window and document, so a test can hide or leave it. */
function pageEvents() {
  const page = {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), { visibilityState: "visible" }),
  };
  const hide = () => {
    page.document.visibilityState = "hidden";
    page.document.dispatchEvent(new Event("visibilitychange"));
    page.window.dispatchEvent(new Event("pagehide"));
  };
  return { page, hide };
}

function tab(name: string, factory: IDBFactory, options: Partial<SessionOptions> = {}) {
  const store = testMapStore();
  const toasts: string[] = [];
  const { page, hide } = pageEvents();
  const session = createPersistenceSession({
    store,
    dbName: name,
    db: fakeIdb(factory),
    autosave: { ...FAST, events: page },
    channelName,
    toast: (message) => toasts.push(message),
    persist: { storage: { persist: async () => true } },
    ...options,
  });
  sessions.push(session);
  const repo = () => {
    const current = session.runtime.getState().repository;
    if (!current) throw new Error("storage not ready");
    return current;
  };
  return { session, store, toasts, hide, repo, map: () => store.getState().map as PeerMap };
}

/** Two tabs with the sample map open in both. */
async function twoTabsOnSample(options: Partial<SessionOptions> = {}) {
  const name = dbName();
  const factory = new IDBFactory();
  const a = tab(name, factory);
  const b = tab(name, factory, options);
  const id = await a.session.createStoredMap("sample", "2024-05-14T09:00:00.000Z");
  await a.session.openStoredMap(id);
  await b.session.openStoredMap(id);
  return { a, b, id };
}

/** A backup of the map: the same id, fewer relationships, another name. */
const backupOf = (map: PeerMap): PeerMap => ({
  ...map,
  name: "Restored backup",
  relationships: map.relationships.slice(0, 2),
});

const stored = async (t: ReturnType<typeof tab>, id: string) => (await t.repo().loadMap(id))?.map;

beforeEach(() => {
  setStorageStatus({ mode: "starting" });
  channelName = `peermap-test-${Math.random()}`;
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

describe("a tab with nothing unsaved", () => {
  it("writes nothing when hidden or left after the map was deleted in another tab", async () => {
    const { a, b, id } = await twoTabsOnSample();
    await a.session.deleteStoredMap(id);
    await vi.waitFor(() =>
      expect(b.toasts).toEqual([expect.stringContaining("was deleted in another tab")]),
    );
    expect(b.toasts[0]).not.toContain("your unsaved changes");
    b.hide();
    expect(await b.session.flushSaves()).toBe(true);
    expect(await a.repo().listMaps()).toEqual([]);
  });
});

describe("a map replaced by an import in another tab", () => {
  it("reloads in a tab with nothing unsaved, which never writes its old copy back", async () => {
    const { a, b, id } = await twoTabsOnSample();
    const backup = backupOf(a.map());
    expect(b.map().relationships.length).toBeGreaterThan(2);
    expect(await a.session.replaceStoredMap(backup)).toBe(id);
    await vi.waitFor(() => expect(b.map().name).toBe("Restored backup"));
    expect(b.map()).toEqual(backup);
    expect(b.toasts).toEqual(['"Sample alliance" was replaced by an import in another tab.']);
    b.hide();
    expect(await b.session.flushSaves()).toBe(true);
    expect(await stored(a, id)).toEqual(backup);
    // And what B edits next is saved on top of the backup.
    b.store.setMap({ ...b.map(), name: "Backup, renamed" });
    await vi.waitFor(async () => expect((await stored(a, id))?.name).toBe("Backup, renamed"));
    expect((await stored(a, id))?.relationships).toHaveLength(2);
  });

  it("keeps the unsaved changes of the other tab as a separate map", async () => {
    const { a, b, id } = await twoTabsOnSample({
      // B's edit stays unsaved until the replace has arrived.
      autosave: { debounceMs: 60_000, maxWaitMs: 60_000 },
    });
    const backup = backupOf(a.map());
    const person = b.map().people[0];
    if (!person) throw new Error("sample has people");
    const changed = edit.updatePerson(b.map(), person.id, { title: "Typed in B" });
    if (!changed.ok) throw new Error(changed.reason);
    b.store.setMap(changed.map);
    await a.session.replaceStoredMap(backup);
    await vi.waitFor(() => expect(b.map().name).toBe("Restored backup"));
    expect(b.toasts).toEqual([
      '"Sample alliance" was replaced by an import in another tab. Your unsaved changes were kept as a separate map, "Sample alliance (unsaved changes)".',
    ]);
    const maps = await a.repo().listMaps();
    expect(maps.map((m) => m.name).sort()).toEqual([
      "Restored backup",
      "Sample alliance (unsaved changes)",
    ]);
    const copyId = maps.find((m) => m.name.endsWith("(unsaved changes)"))?.id ?? "";
    const copy = await stored(a, copyId);
    expect(copy?.people[0]?.title).toBe("Typed in B");
    expect(copy?.relationships).toHaveLength(changed.map.relationships.length);
    b.hide();
    await b.session.flushSaves();
    expect(await stored(a, id)).toEqual(backup);
  });
});

describe("a replace storage refuses", () => {
  it("leaves the stored map as it was, says why, and does not move to memory", async () => {
    const { a, b, id } = await twoTabsOnSample();
    const before = await stored(a, id);
    const full = Object.assign(new Error("full"), { name: "QuotaExceededError" });
    const write = vi.spyOn(a.repo().backend, "write").mockRejectedValue(full);
    await expect(a.session.replaceStoredMap(backupOf(a.map()))).rejects.toThrow(
      "this device's storage is full",
    );
    write.mockRestore();
    expect(useStorageStatusStore.getState().status).toEqual({ mode: "indexeddb" });
    expect(await stored(a, id)).toEqual(before);
    expect(b.map()).toEqual(before);
    expect(b.toasts).toEqual([]);
  });
});

describe("a person deleted in one tab while the other rates one of their relationships", () => {
  it("does not store the rating, tells the tab, and the relationship leaves its map", async () => {
    // B hears nothing from A, as when both save at the same moment.
    const silent = () => ({
      postMessage: () => undefined,
      close: () => undefined,
      onmessage: null,
    });
    const { a, b, id } = await twoTabsOnSample({ createChannel: silent });
    const link = a.map().relationships[0];
    if (!link) throw new Error("sample has relationships");
    a.store.setMap(applied(edit.removeItems(a.map(), [link.source])));
    expect(await a.session.flushSaves()).toBe(true);
    b.store.setMap(applied(linkEdit.updateRelationships(b.map(), [link.id], { strength: 1 })));
    expect(await b.session.flushSaves()).toBe(true);
    await vi.waitFor(() => expect(b.map().relationships.map((r) => r.id)).not.toContain(link.id));
    expect(b.map().people.map((p) => p.id)).not.toContain(link.source);
    expect(b.toasts).toEqual([
      "A relationship you changed was not saved: a person in it was deleted in another tab.",
    ]);
    const loaded = await a.repo().loadMap(id);
    expect(loaded?.warnings).toEqual([]);
    expect(loaded?.map.relationships.map((r) => r.id)).not.toContain(link.id);
    const summary = (await a.repo().listMaps())[0];
    expect(summary?.relationshipCount).toBe(loaded?.map.relationships.length);
    expect(summary?.peopleCount).toBe(loaded?.map.people.length);
  });
});
