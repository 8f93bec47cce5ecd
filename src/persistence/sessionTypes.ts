/**
 * What the storage session of a tab offers the UI (session.ts builds it) and what it is built
 * from.
 */
import type { MapNames } from "../domain/createMap";
import type { PeerMap } from "../domain/model";
import type { AutosaveOptions, OpenMapStore } from "./autosave";
import type { OpenDbOptions } from "./db";
import type { PersistDeps } from "./storagePersistence";
import type { StorageRuntime } from "./storageRuntime";
import type { SyncOptions } from "./sync";

export interface SessionMapStore extends OpenMapStore {
  getState(): ReturnType<OpenMapStore["getState"]> & {
    openMap(map: PeerMap): void;
    closeMap(): void;
    renameMap(name: string): boolean;
  };
}

export interface SessionOptions {
  store: SessionMapStore;
  dbName?: string;
  db?: OpenDbOptions;
  /** Seconds to wait for other tabs to let an upgrade through before working in memory. */
  blockedTimeoutMs?: number;
  autosave?: Pick<AutosaveOptions, "debounceMs" | "maxWaitMs" | "retryMs" | "events">;
  channelName?: string;
  createChannel?: SyncOptions["createChannel"];
  persist?: PersistDeps;
  toast?: (message: string, tone: "info" | "error") => void;
}

export type CreateKind = "blank" | "sample";

export interface PersistenceSession {
  readonly tabId: string;
  /** For hooks: the current repository (null until ready) and a counter bumped on change. */
  readonly runtime: StorageRuntime["store"];
  ready(): Promise<void>;
  openStoredMap(id: string): Promise<"ok" | "not-found">;
  closeStoredMap(): Promise<void>;
  /** A blank map takes `names` (blanks mean the defaults); the sample has its own. */
  createStoredMap(kind: CreateKind, now?: string, names?: MapNames): Promise<string>;
  deleteStoredMap(id: string): Promise<() => Promise<void>>;
  duplicateStoredMap(id: string, newName?: string): Promise<string | undefined>;
  renameStoredMap(id: string, name: string): Promise<boolean>;
  importStoredMap(map: PeerMap): Promise<string>;
  /**
   * Stores `map` in place of the stored map with its id, in one transaction: on failure the
   * stored map is exactly as it was, and this rejects with the reason for the user. Other tabs
   * with the map open are told to reload it.
   */
  replaceStoredMap(map: PeerMap): Promise<string>;
  /** Writes every pending change now; true when all is stored. */
  flushSaves(): Promise<boolean>;
  /** Test hook: stop everything and close the database. */
  dispose(): Promise<void>;
}
