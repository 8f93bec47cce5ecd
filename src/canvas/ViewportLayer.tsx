import { type ReactFlowState, useStore } from "@xyflow/react";
import { type ReactNode, useMemo } from "react";
import { createPortal } from "react-dom";

const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * React Flow's `<ViewportPortal>`, with its target found once: `<ViewportPortal>` looks it up
 * with `querySelector` on every store update, so on every frame of a drag.
 */
export function ViewportLayer({
  children,
  over = false,
}: {
  children: ReactNode;
  /** Inside the viewport itself, stacked by z-index with the cards and lines, not under them. */
  over?: boolean;
}) {
  const domNode = useStore(domNodeOf);
  const target = useMemo(
    () =>
      domNode?.querySelector(over ? ".react-flow__viewport" : ".react-flow__viewport-portal") ??
      null,
    [domNode, over],
  );
  return target ? createPortal(children, target) : null;
}
