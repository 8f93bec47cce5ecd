/**
 * The editor's snapshot UI state (the Save/Rename dialog, the History panel) and moving
 * between the live map and a snapshot shown read only.
 */
import { create } from "zustand";
import { closeStoredMap, openStoredMap } from "../persistence/hooks";
import { readSnapshot } from "../persistence/snapshots";
import { useMapStore } from "../store/mapStore";
import { useSnapshotView } from "../store/snapshotView";
import { showToast } from "../store/toasts";

/** The dialog: saving a new snapshot, or renaming one (its id and label). */
export type SnapshotDialog = { kind: "save" } | { kind: "rename"; id: string; label: string };

interface SnapshotUi {
  dialog: SnapshotDialog | null;
  historyOpen: boolean;
}

export const useSnapshotUi = create<SnapshotUi>()(() => ({ dialog: null, historyOpen: false }));

/** Ctrl/Cmd+S and the toolbar: only with the live map open (a snapshot is already saved). */
export function openSaveSnapshot(): boolean {
  if (!useMapStore.getState().map || useSnapshotView.getState().viewing) return false;
  useSnapshotUi.setState({ dialog: { kind: "save" } });
  return true;
}

export const toggleHistory = (): void =>
  useSnapshotUi.setState((s) => ({ historyOpen: !s.historyOpen }));

/**
 * Shows a snapshot in the editor. The live map is saved and closed first, so nothing of the
 * snapshot can be written over it; the store refuses edits while it is shown.
 */
export async function viewSnapshot(id: string): Promise<void> {
  const snapshot = await readSnapshot(id).catch(() => undefined);
  if (!snapshot) {
    showToast("That snapshot could not be read. It may have been deleted in another tab.", {
      tone: "error",
    });
    return;
  }
  await closeStoredMap();
  const { mapId, label, date } = snapshot;
  useSnapshotView.setState({ viewing: { id, mapId, label, date } });
  useMapStore.getState().openMap(snapshot.map);
}

/** Leaves the snapshot and opens the live map again, as stored now. */
export async function backToNow(): Promise<void> {
  const viewing = useSnapshotView.getState().viewing;
  if (!viewing) return;
  useMapStore.getState().closeMap();
  useSnapshotView.setState({ viewing: null });
  await openStoredMap(viewing.mapId);
}

/** Leaving the editor (another map, the home screen) leaves the snapshot too. */
export function forgetSnapshotView(): void {
  useSnapshotView.setState({ viewing: null });
  useSnapshotUi.setState({ dialog: null });
}
