import { undo, useMapStore } from "../../store/mapStore";
import { isEmptySelection } from "../../store/selection";
import { showToast } from "../../store/toasts";

/** Delete the current selection and say so, with an Undo button in the toast. */
export function deleteSelectionWithUndo(what: string): void {
  const state = useMapStore.getState();
  if (!state.map || isEmptySelection(state.selection)) return;
  state.deleteSelection();
  showToast(`Deleted ${what}.`, { tone: "info", action: { label: "Undo", run: undo } });
}
