/**
 * Which storage this tab writes to, and the switch to memory. Opens IndexedDB; when that fails,
 * or storage fails for good later (full disk, closed), or another tab upgrades the schema, the
 * tab goes on in memory, seeded with whatever IndexedDB still lets it read, and the storage
 * status says so. Nothing here throws into the UI.
 */
import { create } from "zustand";
import { type AllRows, dexieBackend, memoryBackend, type StorageBackend } from "./backend";
import { type OpenDbOptions, openPeermapDb, type PeermapDb } from "./db";
import { describeStorageError, isFatalStorageError } from "./errors";
import { createMapRepository, type MapRepository } from "./mapRepository";
import { OUTDATED_REASON, setStorageStatus } from "./status";

export interface RuntimeOptions {
  dbName?: string;
  db?: OpenDbOptions;
  /** How long to wait for other tabs to let our upgrade through before working in memory. */
  blockedTimeoutMs?: number;
  /** Saves everything pending; awaited (up to a second) before giving the database up. */
  flushAll: () => Promise<unknown>;
  /** After a switch to memory: retry what is pending, now against memory. */
  onSwitched: () => void;
}

/** The current repository (null until ready) and a counter bumped on every change to it. */
export const createRuntimeStore = () =>
  create<{ repository: MapRepository | null; revision: number }>()(() => ({
    repository: null,
    revision: 0,
  }));

export interface StorageRuntime {
  readonly store: ReturnType<typeof createRuntimeStore>;
  ready(): Promise<void>;
  repository(): MapRepository;
  isIndexedDb(): boolean;
  /** Runs a storage operation; on a fatal failure, switches to memory and runs it there. */
  guarded<T>(run: (repository: MapRepository) => Promise<T>): Promise<T>;
  /** A failed write: after a fatal error (or three in a row), carry on in memory. */
  onStorageError(error: unknown, consecutiveFailures?: number): void;
  close(): void;
}

const BLOCKED_REASON =
  "another Peermap tab is still open with an older version; close it, then reload this tab";
const DELETED_REASON = "Peermap's storage was deleted in another tab";

class StorageTimeout extends Error {
  override name = "TimeoutError";
}

/** `promise`, or a rejection after `ms`; the timer never outlives the race. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createStorageRuntime(options: RuntimeOptions): StorageRuntime {
  const store = createRuntimeStore();
  let db: PeermapDb | undefined;
  let switching: Promise<void> | undefined;
  let started: Promise<void> | undefined;

  const repository = (): MapRepository => {
    const current = store.getState().repository;
    if (!current) throw new Error("Peermap storage is not ready yet.");
    return current;
  };
  const isIndexedDb = () => store.getState().repository?.backend.kind === "indexeddb";
  const use = (backend: StorageBackend) =>
    store.setState((s) => ({ repository: createMapRepository(backend), revision: s.revision + 1 }));
  const bump = () => store.setState((s) => ({ revision: s.revision + 1 }));

  /** Everything IndexedDB still lets us read, if it answers quickly. */
  const readAllQuickly = (): Promise<AllRows> | undefined =>
    isIndexedDb() ? within(repository().backend.readAll(), 1500) : undefined;

  const toMemory = (
    status: { mode: "memory" | "outdated"; reason: string },
    seed?: Promise<AllRows>,
  ) => {
    switching ??= (async () => {
      const rows = await seed?.catch(() => undefined);
      db?.close();
      use(memoryBackend(rows, bump));
      setStorageStatus(status);
      options.onSwitched();
    })();
    return switching;
  };

  const onStorageError = (error: unknown, consecutiveFailures = 1) => {
    if (!isIndexedDb()) return;
    if (isFatalStorageError(error) || consecutiveFailures >= 3) {
      void toMemory({ mode: "memory", reason: describeStorageError(error) }, readAllQuickly());
    }
  };

  async function onVersionChange(event: IDBVersionChangeEvent) {
    // Let the other tab's upgrade through promptly, but save what is pending first.
    await within(options.flushAll(), 1000).catch(() => undefined);
    const deleted = event.newVersion === null;
    await toMemory(
      { mode: deleted ? "memory" : "outdated", reason: deleted ? DELETED_REASON : OUTDATED_REASON },
      readAllQuickly(),
    );
  }

  async function init() {
    const database = openPeermapDb(options.dbName, options.db);
    db = database;
    let versionChanged = false;
    database.on("versionchange", (event) => {
      if (!versionChanged) {
        versionChanged = true;
        void onVersionChange(event);
      }
      return false; // Dexie would close at once; onVersionChange closes once saved.
    });
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    const blocked = new Promise<never>((_, reject) => {
      database.on("blocked", () => {
        blockedTimer ??= setTimeout(
          () => reject(new StorageTimeout()),
          options.blockedTimeoutMs ?? 3000,
        );
      });
    });
    try {
      await Promise.race([database.open(), blocked]);
      use(dexieBackend(database));
      setStorageStatus({ mode: "indexeddb" });
    } catch (error) {
      const reason = error instanceof StorageTimeout ? BLOCKED_REASON : describeStorageError(error);
      await toMemory({ mode: "memory", reason });
    } finally {
      clearTimeout(blockedTimer);
    }
  }

  const ready = () => {
    started ??= init();
    return started;
  };

  return {
    store,
    ready,
    repository,
    isIndexedDb,
    guarded: async (run) => {
      await ready();
      try {
        return await run(repository());
      } catch (error) {
        if (!isFatalStorageError(error) || !isIndexedDb()) throw error;
        onStorageError(error);
        await switching;
        return run(repository());
      }
    },
    onStorageError,
    close: () => db?.close(),
  };
}
