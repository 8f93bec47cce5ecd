import { useReactFlow } from "@xyflow/react";
import { type MouseEvent, useCallback } from "react";
import type { CanvasLayout } from "../domain/layout";
import { useMapStore } from "../store/mapStore";
import { newCardAt } from "./newCard";

/**
 * A double-click on the empty board adds "New person" there, selected, with its name ready to
 * type. Given to React Flow as `onPaneClick`, which it calls only for the pane itself: cards
 * and lines sit inside it too, and a double-click on one of them is not a wish for a new
 * person. The second click of a double-click has `detail` 2.
 */
export function useDoubleClickAdd(layout: CanvasLayout | null) {
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (event: MouseEvent) => {
      if (event.detail !== 2 || !layout) return;
      const spot = newCardAt(layout, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      if (!spot) return;
      useMapStore
        .getState()
        .addPerson({ ...spot, name: "New person" }, { select: true, focus: true });
    },
    [layout, screenToFlowPosition],
  );
}
