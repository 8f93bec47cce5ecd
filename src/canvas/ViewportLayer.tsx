import { type ReactFlowState, useStore } from "@xyflow/react";
import { type ReactNode, useMemo } from "react";
import { createPortal } from "react-dom";

const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * React Flow's `<ViewportPortal>`, with its target found once: `<ViewportPortal>` looks it up
 * with `querySelector` on every store update, so on every frame of a drag.
 */
export function ViewportLayer({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const target = useMemo(
    () => domNode?.querySelector(".react-flow__viewport-portal") ?? null,
    [domNode],
  );
  return target ? createPortal(children, target) : null;
}
