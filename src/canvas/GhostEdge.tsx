import { BaseEdge, type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo } from "react";
import { GHOST_COLOR } from "./strengthStyle";
import type { GhostEdge as GhostEdgeType } from "./toFlow";

/** A suggested missing link: red and dashed. Clicking it (handled by the canvas) draws it for real. */
function GhostEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
}: EdgeProps<GhostEdgeType>) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <BaseEdge
      id={id}
      path={path}
      interactionWidth={24}
      className="ghost-edge"
      style={{ stroke: GHOST_COLOR, strokeWidth: 2.5, strokeDasharray: "10 7" }}
    />
  );
}

export const GhostEdge = memo(GhostEdgeView);
