/**
 * The editor's snapshot UI state (the Save/Rename dialog, the History panel) and moving
 * between the live map and a snapshot shown read only.
 */
import { create } from "zustand";
import { byDate, localDay, type Snapshot } from "../domain/snapshots";
import { closeStoredMap, openStoredMap } from "../persistence/hooks";
import { readSnapshot } from "../persistence/snapshots";
import { comparingOf, useCompareView } from "../store/compareView";
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
  useCompareView.setState({ comparing: null });
  useSnapshotView.setState({ viewing: { id, mapId, label, date } });
  useMapStore.getState().openMap(snapshot.map);
}

const unreadable = (): void => {
  showToast("That snapshot could not be read. It may have been deleted in another tab.", {
    tone: "error",
  });
};

const side = (snapshot: Snapshot) => ({
  label: snapshot.label,
  date: snapshot.date,
  isNow: false,
  map: snapshot.map,
});

/**
 * Compares a snapshot with the live map: the live map as it is now is shown read only, with
 * what changed since the snapshot marked on it. Back to now opens it for editing again.
 */
export async function compareWithNow(id: string): Promise<void> {
  const snapshot = await readSnapshot(id).catch(() => undefined);
  if (!snapshot) return unreadable();
  // From a snapshot or another comparison, "now" is the stored map: open it first.
  await backToNow();
  const live = useMapStore.getState().map;
  if (!live || live.id !== snapshot.mapId) {
    showToast("The map could not be opened to compare with. Reload the page and try again.", {
      tone: "error",
    });
    return;
  }
  await closeStoredMap();
  const today = localDay(new Date());
  useCompareView.setState({
    comparing: comparingOf(side(snapshot), { label: "now", date: today, isNow: true, map: live }),
  });
  useSnapshotView.setState({
    viewing: { id: "now", mapId: live.id, label: "Now", date: today },
  });
  useMapStore.getState().openMap(live);
}

/** Compares two snapshots, the earlier (by review date) against the later, which is shown. */
export async function compareSnapshots(firstId: string, secondId: string): Promise<void> {
  const read = await Promise.all([readSnapshot(firstId), readSnapshot(secondId)]).catch(() => []);
  const [first, second] = read;
  if (!first || !second) return unreadable();
  const [before, after] = byDate(first, second) <= 0 ? [first, second] : [second, first];
  if (!useSnapshotView.getState().viewing) await closeStoredMap();
  useCompareView.setState({ comparing: comparingOf(side(before), side(after)) });
  const { id, mapId, label, date } = after;
  useSnapshotView.setState({ viewing: { id, mapId, label, date } });
  useMapStore.getState().openMap(after.map);
}

/** Leaves the snapshot and opens the live map again, as stored now. */
export async function backToNow(): Promise<void> {
  const viewing = useSnapshotView.getState().viewing;
  if (!viewing) return;
  useMapStore.getState().closeMap();
  useCompareView.setState({ comparing: null });
  useSnapshotView.setState({ viewing: null });
  await openStoredMap(viewing.mapId);
}

/** Leaving the editor (another map, the home screen) leaves the snapshot too. */
export function forgetSnapshotView(): void {
  useCompareView.setState({ comparing: null });
  useSnapshotView.setState({ viewing: null });
  useSnapshotUi.setState({ dialog: null });
}
