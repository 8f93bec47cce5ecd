import { undo, useMapStore } from "../../store/mapStore";
import { showToast } from "../../store/toasts";

/** Delete the current selection and say so, with an Undo button in the toast. */
export function deleteSelectionWithUndo(what: string): void {
  const state = useMapStore.getState();
  const { people, relationships } = state.selection;
  if (!state.map || (people.length === 0 && relationships.length === 0)) return;
  state.deleteSelection();
  showToast(`Deleted ${what}.`, { tone: "info", action: { label: "Undo", run: undo } });
}
