/**
 * Which snapshot the editor shows instead of the live map, if any. While one is shown the map
 * store refuses every edit (see `run` in mapStore.ts): a snapshot is a record of the past.
 */
import { create } from "zustand";

export interface ViewedSnapshot {
  id: string;
  mapId: string;
  label: string;
  date: string;
}

export const useSnapshotView = create<{ viewing: ViewedSnapshot | null }>()(() => ({
  viewing: null,
}));

export const isViewingSnapshot = (): boolean => useSnapshotView.getState().viewing !== null;

export const READ_ONLY_NOTICE =
  "This view is read only (a snapshot, or a comparison). Choose Back to now to edit the map.";
