import { BaseEdge, type EdgeProps } from "@xyflow/react";
import { memo, useContext } from "react";
import { GHOST_LINE } from "../design/strokes";
import { useHoveredEdge } from "./hoveredEdge";
import { PaintedLevelContext, usePaintedMode } from "./painted/paintedMode";
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
  const inPage = usePaintedMode((s) => s.linesInPage.has(id));
  const painted = useContext(PaintedLevelContext) === "all" && !inPage;
  if (!data?.path || (painted && !hovered && !selected)) return null;
  return (
    <>
      <BaseEdge
        id={id}
        path={data.path}
        interactionWidth={24}
        className="ghost-edge"
        style={ghostStyle}
      />
      <path d={data.path} className="ghost-edge-core" style={coreStyle} />
    </>
  );
}

export const GhostEdge = memo(GhostEdgeView);
