import { BaseEdge, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { GHOST_LINE, LINE_CLICK_WIDTH } from "../design/strokes";
import { useDraggedRoute } from "./draggedRoutes";
import { useHoveredEdge } from "./hoveredEdge";
import { useLinePainted } from "./painted/paintedMode";
import type { GhostEdge as GhostEdgeType } from "./toFlow";

const ghostStyle = {
  stroke: GHOST_LINE.color,
  strokeWidth: GHOST_LINE.width,
  strokeDasharray: GHOST_LINE.dash.join(" "),
};
const coreStyle = {
  fill: "none",
  stroke: GHOST_LINE.core.color,
  strokeWidth: GHOST_LINE.core.width,
  strokeDasharray: GHOST_LINE.core.dash.join(" "),
};

/**
 * A suggested missing link: red hollow boxes (a core drawn inside the dashes), routed like
 * every line (toFlow). Clicking it (handled by the canvas) draws it for real.
 */
function GhostEdgeView({ id, data, selected }: EdgeProps<GhostEdgeType>) {
  const hovered = useHoveredEdge((s) => s.id === id);
  // Far out the line is painted (PaintedLayer), unless it is hovered, selected or dragged.
  const painted = useLinePainted(id);
  const path = useDraggedRoute(id)?.path ?? data?.path;
  if (!path || (painted && !hovered && !selected)) return null;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={LINE_CLICK_WIDTH}
        className="ghost-edge"
        style={ghostStyle}
      />
      <path d={path} className="ghost-edge-core" style={coreStyle} />
    </>
  );
}

export const GhostEdge = memo(GhostEdgeView);
