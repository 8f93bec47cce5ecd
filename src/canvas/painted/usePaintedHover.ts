import { useReactFlow, useStoreApi } from "@xyflow/react";
import { type PointerEvent, useCallback, useMemo } from "react";
import { lineFinder } from "../../design/lineHits";
import { LINE_CLICK_WIDTH } from "../../design/strokes";
import { ZOOM_DETAIL } from "../../design/zoomDetail";
import { setHoveredEdge, useHoveredEdge } from "../hoveredEdge";
import type { PeerEdge } from "../toFlow";

/** Half a line's click width, in canvas units. */
const REACH = LINE_CLICK_WIDTH / 2;

/**
 * Hovering a painted line: the line under the pointer becomes the hovered one, which draws it
 * in the page (with its label and click area), so React Flow's own hover, click and keyboard
 * handling take over from there. Cards need none of this: their boxes stay in the page.
 */
export function usePaintedHover(edges: readonly PeerEdge[], linesPainted: boolean) {
  const { screenToFlowPosition } = useReactFlow();
  const store = useStoreApi();
  // Built on the first hover after a change, not on every drag frame.
  const finder = useMemo(() => {
    let find: ((p: { x: number; y: number }) => string | undefined) | undefined;
    return (p: { x: number; y: number }) => {
      find ??= lineFinder(
        edges.flatMap((e) => (e.data?.path ? [{ id: e.id, d: e.data.path }] : [])),
        REACH,
      );
      return find(p);
    };
  }, [edges]);

  return useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (!linesPainted || event.buttons !== 0) return;
      const { transform, connection } = store.getState();
      if (transform[2] < ZOOM_DETAIL.dashesFrom || connection.inProgress) return;
      const target = event.target instanceof Element ? event.target : null;
      // A card is drawn over the lines; the page's own line (once hovered) answers for itself.
      if (target?.closest(".react-flow__node, .react-flow__edge")) return;
      const id = finder(screenToFlowPosition({ x: event.clientX, y: event.clientY })) ?? null;
      if (useHoveredEdge.getState().id !== id) setHoveredEdge(id);
    },
    [linesPainted, finder, screenToFlowPosition, store],
  );
}
