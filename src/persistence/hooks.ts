/**
 * What React components use for storage. Components never touch Dexie: they use these hooks
 * and the functions re-exported below.
 */
import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useState } from "react";
import { useDraftStore } from "../store/drafts";
import { flushSaves, getSession } from "./defaultSession";
import type { MapRepository } from "./mapRepository";
import type { MapSummary } from "./rows";
import {
  effectiveSaveStatus,
  type SaveStatus,
  type StorageStatus,
  useSaveStatusStore,
  useStorageStatusStore,
  withDrafts,
} from "./status";

export {
  closeStoredMap,
  createStoredMap,
  deleteStoredMap,
  duplicateStoredMap,
  flushSaves,
  importStoredMap,
  initPersistence,
  openStoredMap,
  renameStoredMap,
  replaceStoredMap,
} from "./defaultSession";
export type { MapSummary } from "./rows";
export { type SaveStatus, type StorageStatus, saveStatusText } from "./status";
export { dismissPersistNotice, PERSIST_NOTICE, usePersistNotice } from "./storagePersistence";

/** Stored maps, newest first; undefined while loading. Follows changes in other tabs too. */
export function useMapList(): MapSummary[] | undefined {
  const session = getSession();
  useEffect(() => void session.ready(), [session]);
  const { repository, revision } = session.runtime();
  const live = repository?.backend.kind === "indexeddb";
  const fromIndexedDb = useLiveQuery(
    // A failed read shows an empty list rather than throwing into React.
    () => (live ? repository.listMaps().catch((): MapSummary[] => []) : undefined),
    [repository, revision, live],
  );
  // Dexie's liveQuery never runs at all where the browser has no IndexedDB, so memory
  // storage is read directly; it bumps `revision` on every write.
  const [fromMemory, setFromMemory] = useState<{
    repository: MapRepository;
    revision: number;
    maps: MapSummary[];
  }>();
  useEffect(() => {
    if (!repository || live) return;
    let current = true;
    void repository
      .listMaps()
      .catch((): MapSummary[] => [])
      .then((maps) => current && setFromMemory({ repository, revision, maps }));
    return () => {
      current = false;
    };
  }, [repository, revision, live]);
  if (live) return fromIndexedDb;
  return fromMemory?.repository === repository ? fromMemory.maps : undefined;
}

/** "saved" | "saving" | { error }: for "Saved", "Saving…", "Not saved: <reason>". */
export function useSaveStatus(): SaveStatus {
  const save = useSaveStatusStore((s) => s.status);
  const storage = useStorageStatusStore((s) => s.status);
  const drafts = useDraftStore((s) => s.unsaved.size > 0);
  return withDrafts(effectiveSaveStatus(save, storage), drafts);
}

/** Where the work is kept: "indexeddb", or "memory"/"outdated" with a reason for a banner. */
export function useStorageStatus(): StorageStatus {
  return useStorageStatusStore((s) => s.status);
}

/**
 * Stores every pending change; true only when all of it is in IndexedDB, so a reload (say,
 * for a new version) loses nothing. In memory, or before storage opens, a reload would.
 */
export async function storeEverythingNow(): Promise<boolean> {
  const stored = await flushSaves();
  return stored && useStorageStatusStore.getState().status.mode === "indexeddb";
}
