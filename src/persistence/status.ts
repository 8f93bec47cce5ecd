/** What the UI shows about saving: per-edit save status and where the work is kept. */
import { create } from "zustand";

export type SaveStatus = "saved" | "saving" | { error: string };

export type StorageStatus =
  /** Before initPersistence has opened storage. */
  | { mode: "starting" }
  | { mode: "indexeddb" }
  /** Storage failed or is unavailable: everything works, but only until the tab closes. */
  | { mode: "memory"; reason: string }
  /** Another tab upgraded the database: this one must reload to save again. */
  | { mode: "outdated"; reason: string };

export const useSaveStatusStore = create<{ status: SaveStatus }>()(() => ({ status: "saved" }));

export const useStorageStatusStore = create<{ status: StorageStatus }>()(() => ({
  status: { mode: "starting" },
}));

export const setSaveStatus = (status: SaveStatus): void => {
  const current = useSaveStatusStore.getState().status;
  const same =
    current === status ||
    (typeof current === "object" && typeof status === "object" && current.error === status.error);
  if (!same) useSaveStatusStore.setState({ status });
};

export const setStorageStatus = (status: StorageStatus): void =>
  useStorageStatusStore.setState({ status });

export const OUTDATED_REASON = "Peermap was updated in another tab; reload this tab to save again";

/**
 * The status the save indicator shows: when storage is not IndexedDB, nothing is really saved,
 * whatever the last write to memory did.
 */
export function effectiveSaveStatus(save: SaveStatus, storage: StorageStatus): SaveStatus {
  if (storage.mode === "memory" || storage.mode === "outdated") return { error: storage.reason };
  return save;
}

/** Typed text not yet in the map is not saved either, whatever the last write did. */
export function withDrafts(save: SaveStatus, draftsUnsaved: boolean): SaveStatus {
  return save === "saved" && draftsUnsaved ? "saving" : save;
}

/** "Saved", "Saving…", "Not saved: <reason>". */
export function saveStatusText(status: SaveStatus): string {
  if (status === "saved") return "Saved";
  if (status === "saving") return "Saving…";
  return `Not saved: ${status.error}`;
}
