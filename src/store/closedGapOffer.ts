/**
 * When an edit closes a gap that still has open actions, a toast offers to mark them done (one
 * undo step). Only edits of the same map count: opening another map or a snapshot is no edit.
 */
import { actionsOfClosedGaps } from "../domain/actionLines";
import { analysisOf } from "./analysis";
import { useMapStore } from "./mapStore";
import { useSnapshotView } from "./snapshotView";
import { showToast } from "./toasts";

/** Starts watching; returns the function that stops it. */
export function offerDoneOnClosedGaps(): () => void {
  return useMapStore.subscribe((state, previous) => {
    const [after, before] = [state.map, previous.map];
    if (!after || !before || after === before || after.id !== before.id) return;
    if (useSnapshotView.getState().viewing) return;
    const closed = actionsOfClosedGaps(analysisOf(before).gaps, analysisOf(after).gaps, after);
    for (const { gap, actionIds } of closed) {
      const tier = after.tiers.find((t) => t.id === gap.tierId)?.name ?? "A tier";
      const count =
        actionIds.length === 1 ? "its open action" : `its ${actionIds.length} open actions`;
      showToast(`${tier}: gap closed — mark ${count} done?`, {
        tone: "success",
        timeout: 15000,
        action: {
          label: "Mark done",
          run: () => useMapStore.getState().completeActions(actionIds),
        },
      });
    }
  });
}
