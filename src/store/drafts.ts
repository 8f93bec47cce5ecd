/**
 * Text being typed into a field that is not in the map yet (it is saved ~300 ms after the
 * last keystroke). While any is, the save indicator says "Saving…", not "Saved".
 */
import { create } from "zustand";

export const useDraftStore = create<{ unsaved: ReadonlySet<string> }>()(() => ({
  unsaved: new Set(),
}));

/** Marks the draft of field `id` as not yet in the map (or back in step with it). */
export function setDraftUnsaved(id: string, unsaved: boolean): void {
  const current = useDraftStore.getState().unsaved;
  if (current.has(id) === unsaved) return;
  const next = new Set(current);
  if (unsaved) next.add(id);
  else next.delete(id);
  useDraftStore.setState({ unsaved: next });
}
