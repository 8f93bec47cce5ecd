/**
 * The storage session of this tab: the map operations the UI needs, autosave and cross-tab
 * sync for the open map. Every operation works the same in memory mode (see storageRuntime),
 * and a storage failure is told to the user rather than thrown at the UI.
 */
import { createMap, namedMap } from "../domain/createMap";
import { newId } from "../domain/ids";
import type { PeerMap } from "../domain/model";
import { sampleAlliance } from "../domain/sampleAlliance";
import { analysisOf } from "../store/analysis";
import { showToast } from "../store/toasts";
import { type Autosave, startAutosave } from "./autosave";
import { describeStorageError } from "./errors";
import { copyWithNewIds, type MapRepository } from "./mapRepository";
import type { PersistenceSession, SessionOptions } from "./sessionTypes";
import { requestPersistenceWhenUseful } from "./storagePersistence";
import { createStorageRuntime } from "./storageRuntime";
import { type SyncChannel, type SyncMessage, startSync } from "./sync";
import {
  mapGoneNotice,
  relationshipsDroppedNotice,
  replacedCopyFailedNotice,
  replacedNotice,
  replacedUnreadableNotice,
  unsavedCopyName,
} from "./tabNotices";
import { withWarningsShown } from "./warnings";

const isoNow = () => new Date().toISOString();

export function createPersistenceSession(options: SessionOptions): PersistenceSession {
  const { store } = options;
  const tabId = newId("tab");
  const toast =
    options.toast ??
    ((message, tone) => showToast(message, { tone, timeout: tone === "error" ? 15_000 : 6000 }));
  const autosaves = new Map<string, Autosave>();
  let sync: SyncChannel | undefined;
  let opening = 0;
  let openingId: string | undefined;
  /** Messages about a map that is being opened: applied once it is open, so none is missed. */
  const early = new Map<string, SyncMessage[]>();

  const flushAll = () => Promise.all([...autosaves.values()].map((a) => a.flush()));
  const storage = createStorageRuntime({
    dbName: options.dbName,
    db: options.db,
    blockedTimeoutMs: options.blockedTimeoutMs,
    flushAll,
    onSwitched: () => void flushAll(),
  });
  const { onStorageError } = storage;
  const repo = storage.repository;

  let started: Promise<void> | undefined;
  const ready = () => {
    started ??= storage.ready().then(() => {
      sync = startSync({
        tabId,
        channelName: options.channelName,
        createChannel: options.createChannel,
        onMessage: (message) => {
          // In memory mode, what other tabs store is no longer what this tab works from.
          if (!storage.isIndexedDb()) return;
          early.get(message.mapId)?.push(message);
          dispatch(message);
        },
      });
    });
    return started;
  };
  const dispatch = (message: SyncMessage) =>
    message.type === "replaced" ? void reloadReplaced(message.mapId) : merge(message);
  const merge = (message: SyncMessage) =>
    autosaves
      .get(message.mapId)
      ?.mergeRemote((r) => r.readRecords(message.mapId, message.people, message.relationships))
      .catch((error: unknown) => onStorageError(error));

  /** A storage operation once the session (storage and sync) is up. */
  async function guarded<T>(run: (repository: MapRepository) => Promise<T>): Promise<T> {
    await ready();
    return storage.guarded(run);
  }

  const afterSave = (map: PeerMap, ids?: { people: string[]; relationships: string[] }) => {
    if (!storage.isIndexedDb()) return;
    sync?.post({
      mapId: map.id,
      header: true,
      people: ids?.people ?? [],
      relationships: ids?.relationships ?? [],
    });
    requestPersistenceWhenUseful(map.people.length, options.persist);
  };
  const allIds = (map: PeerMap) => ({
    people: map.people.map((p) => p.id),
    relationships: map.relationships.map((r) => r.id),
  });

  function follow(mapId: string, baseline: PeerMap | null): Autosave {
    const autosave = startAutosave({
      ...options.autosave,
      mapId,
      baseline,
      store,
      repository: repo,
      // The Gaps panel analysed this very version already: its coverage costs nothing here.
      coverageOf: (map) => analysisOf(map).coverage,
      onSaved: (saved) => afterSave(saved.map, saved),
      onError: onStorageError,
      // In memory mode a "missing" map only means storage could not be read when switching.
      onMapGone: (map, pending) =>
        storage.isIndexedDb() && toast(mapGoneNotice(map.name, pending), "info"),
      onRelationshipsDropped: (ids) => toast(relationshipsDroppedNotice(ids.length), "info"),
    });
    autosaves.set(mapId, autosave);
    if (autosave.hasPending()) void autosave.flush();
    return autosave;
  }

  /**
   * Another tab replaced the map whole (an import). Nothing of this tab's old copy may be
   * written over it: unsaved changes are stored as a separate map, and the open map reloads.
   */
  async function reloadReplaced(mapId: string): Promise<void> {
    const autosave = autosaves.get(mapId);
    if (!autosave) return;
    const release = autosave.hold();
    const unsaved = autosave.hasPending() ? autosave.latest() : undefined;
    const name = autosave.latest().name;
    let keptAs: string | undefined;
    if (unsaved) {
      const copy = copyWithNewIds(unsaved, unsavedCopyName(unsaved.name), isoNow());
      try {
        await save(copy);
      } catch (error) {
        // Saved nowhere else: they save over the new map rather than vanish.
        toast(replacedCopyFailedNotice(name, describeStorageError(error)), "error");
        release();
        return;
      }
      keptAs = copy.name;
    }
    if (autosaves.get(mapId) !== autosave) return; // Reopened meanwhile: that has the new one.
    forget(autosave);
    const tell = () => toast(replacedNotice(name, keptAs), keptAs ? "error" : "info");
    if (store.getState().map?.id !== mapId) return tell();
    const loaded = await load(mapId).catch(() => undefined);
    if (store.getState().map?.id !== mapId || autosaves.has(mapId)) return tell();
    if (!loaded) return toast(replacedUnreadableNotice(name), "error");
    withWarningsShown(loaded.warnings, toast);
    store.getState().openMap(loaded.map);
    follow(mapId, loaded.map);
    tell();
  }

  /** Stops following maps other than `keep`, and forgets those with nothing left to save. */
  const release = async (keep?: string) => {
    // A snapshot: an open finishing meanwhile registers an autosave this must not stop.
    for (const [id, autosave] of [...autosaves]) {
      if (id === keep) continue;
      await autosave.stop();
      if (!autosave.hasPending()) forget(autosave);
    }
  };
  /** Cancels an autosave and drops it from the registry, unless a newer one took its place. */
  const forget = (autosave: Autosave) => {
    autosave.cancel();
    if (autosaves.get(autosave.mapId) === autosave) autosaves.delete(autosave.mapId);
  };

  async function openStoredMap(id: string): Promise<"ok" | "not-found"> {
    const token = ++opening;
    openingId = id;
    if (!early.has(id)) early.set(id, []);
    try {
      return await openMap(id, token);
    } finally {
      // Only the newest open replays (a superseded one would hand them to nobody).
      if (token === opening) {
        const missed = early.get(id) ?? [];
        early.delete(id);
        for (const message of missed) dispatch(message);
      } else if (openingId !== id) early.delete(id);
    }
  }

  async function openMap(id: string, token: number): Promise<"ok" | "not-found"> {
    await ready();
    await release(id);
    // Still saving this map (closed a moment ago, or storage failing)? Carry on from there.
    const previous = autosaves.get(id);
    let adopted: { baseline: PeerMap | null; latest: PeerMap } | undefined;
    if (previous) {
      const handoff = await previous.stop();
      if (previous.hasPending()) adopted = handoff;
      forget(previous);
    }
    const loaded = adopted ? { map: adopted.latest, warnings: [] } : await load(id);
    if (token !== opening) return loaded ? "ok" : "not-found"; // A newer open took over.
    if (!loaded) return "not-found";
    withWarningsShown(loaded.warnings, toast);
    store.getState().openMap(loaded.map);
    follow(id, adopted ? adopted.baseline : loaded.map);
    return "ok";
  }

  /** Rejects with a readable message: the map screen shows it ("could not be opened: …"). */
  const load = (id: string) =>
    guarded((r) => r.loadMap(id)).catch((error: unknown) => {
      throw new Error(`the browser could not read it (${describeStorageError(error)})`);
    });

  async function save(map: PeerMap): Promise<string> {
    await guarded((r) => r.saveMap(map));
    afterSave(map, allIds(map));
    return map.id;
  }

  const reportFailure = (what: string) => (error: unknown) => {
    toast(`Could not ${what}: ${describeStorageError(error)}.`, "error");
  };

  return {
    tabId,
    runtime: storage.store,
    ready,
    openStoredMap,
    closeStoredMap: async () => {
      // Also supersedes an open still loading; a later open supersedes this close.
      const token = ++opening;
      openingId = undefined;
      await release();
      if (token === opening) store.getState().closeMap();
    },
    createStoredMap: (kind, now = isoNow(), names = {}) =>
      save(kind === "sample" ? sampleAlliance(now) : createMap({ ...namedMap(names), now })),
    deleteStoredMap: async (id) => {
      const autosave = autosaves.get(id);
      if (autosave) {
        await autosave.stop();
        forget(autosave);
        if (store.getState().map?.id === id) store.getState().closeMap();
      }
      const snapshot = await guarded((r) => r.deleteMap(id)).catch(reportFailure("delete the map"));
      if (snapshot) sync?.post({ mapId: id, header: true, people: [], relationships: [] });
      return async () => {
        if (!snapshot) return;
        await guarded((r) => r.restoreMap(snapshot)).catch(reportFailure("restore the map"));
        sync?.post({ mapId: id, header: true, people: [], relationships: [] });
      };
    },
    duplicateStoredMap: async (id, newName) => {
      await autosaves.get(id)?.flush();
      const copy = await guarded((r) => r.duplicateMap(id, newName)).catch(
        reportFailure("copy the map"),
      );
      return copy ?? undefined;
    },
    renameStoredMap: async (id, name) => {
      if (store.getState().map?.id === id && autosaves.has(id))
        return store.getState().renameMap(name);
      const done = await guarded((r) => r.renameMap(id, name)).catch(
        reportFailure("rename the map"),
      );
      if (done) sync?.post({ mapId: id, header: true, people: [], relationships: [] });
      return done === true;
    },
    importStoredMap: async (map) => {
      const taken = await guarded((r) => r.loadMap(map.id)).catch(() => undefined);
      return save(taken ? { ...map, id: newId("m") } : map);
    },
    replaceStoredMap: async (map) => {
      await ready();
      const open = autosaves.get(map.id);
      await open?.flush();
      // Straight to the repository: a fallback to memory would report a replace that storage
      // refused as done.
      await storage
        .repository()
        .saveMap(map)
        .catch((error: unknown) => {
          throw new Error(describeStorageError(error));
        });
      if (open) forget(open);
      if (storage.isIndexedDb()) {
        sync?.postReplaced(map.id);
        requestPersistenceWhenUseful(map.people.length, options.persist);
      }
      return map.id;
    },
    flushSaves: async () => {
      const results = await Promise.all([...autosaves.values()].map((a) => a.flush()));
      return results.every(Boolean);
    },
    dispose: async () => {
      await Promise.all([...autosaves.values()].map((a) => a.flush()));
      for (const autosave of autosaves.values()) autosave.cancel();
      autosaves.clear();
      sync?.close();
      storage.close();
    },
  };
}
