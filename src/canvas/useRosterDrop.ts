import { useReactFlow } from "@xyflow/react";
import { type DragEvent, useCallback } from "react";
import { type CanvasLayout, placementAt } from "../domain/layout";
import { useMapStore } from "../store/mapStore";
import { PERSON_DRAG_TYPE } from "./dragTypes";
import { cardCentredOn } from "./newCard";

/**
 * A roster entry dragged onto the board lands where it is let go, in its own column, in the
 * lane under the pointer, and is selected. Other drags (files) are left to the import host.
 */
export function useRosterDrop(layout: CanvasLayout | null) {
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PERSON_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const id = event.dataTransfer.getData(PERSON_DRAG_TYPE);
      const store = useMapStore.getState();
      const person = store.map?.people.find((p) => p.id === id);
      if (!person || !layout) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const spot = placementAt(layout, person.org, cardCentredOn(point));
      if (spot && store.placePerson(person.id, spot.tierId, spot.position)) {
        store.select({ people: [person.id], relationships: [] });
      }
    },
    [layout, screenToFlowPosition],
  );

  return { onDragOver, onDrop };
}
