import { type Connection, type OnConnectEnd, useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { useMapStore } from "../store/mapStore";
import type { PeerEdge, PersonNode } from "./toFlow";

/**
 * Drawing a relationship: letting go on the other card's handle connects (`onConnect`), and so
 * does letting go anywhere on the card (`onConnectEnd`), not only on its small handle. The card
 * under the pointer is asked of React Flow, from the cards' own boxes (every card has its size
 * set, see toFlow), not found through the DOM.
 */
export function useConnectOnRelease() {
  const { screenToFlowPosition, getIntersectingNodes } = useReactFlow<PersonNode, PeerEdge>();

  const onConnect = useCallback((c: Connection) => {
    useMapStore.getState().connect(c.source, c.target);
  }, []);

  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const pointer = "changedTouches" in event ? event.changedTouches[0] : event;
      if (!pointer) return;
      const at = screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      // The last card is the one drawn on top. Letting go on the card it started from is
      // letting go of the line.
      const card = getIntersectingNodes({ ...at, width: 1, height: 1 }).at(-1);
      if (card && card.id !== state.fromNode.id) {
        useMapStore.getState().connect(state.fromNode.id, card.id);
      }
    },
    [screenToFlowPosition, getIntersectingNodes],
  );

  return { onConnect, onConnectEnd };
}
