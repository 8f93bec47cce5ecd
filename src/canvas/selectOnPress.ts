import type { PointerEvent } from "react";
import { useLinkMode } from "../store/linkMode";
import { useMapStore } from "../store/mapStore";

/**
 * A card pressed is selected on the press, where React Flow selects it at the first move of a
 * drag (or on the click): the selection's render, about 30 ms on a 300-person map, then falls
 * on the press, and the first frame of a drag only moves the card. The result is React Flow's
 * own: the card alone is selected. A card already selected is left as it is (a drag moves the
 * whole selection), and so is a press with a modifier key (adds to the selection), on a
 * handle (draws a line), or in link mode (the click picks a person).
 */
export function selectOnPress(event: PointerEvent<HTMLElement>): void {
  if (event.button !== 0 || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)
    return;
  if (useLinkMode.getState().mode.step !== "idle") return;
  const target = event.target;
  if (!(target instanceof Element) || target.closest(".react-flow__handle, .nodrag")) return;
  const id = target.closest(".react-flow__node")?.getAttribute("data-id");
  const store = useMapStore.getState();
  if (!id || store.selection.people.includes(id)) return;
  store.select({ people: [id], relationships: [] });
}
