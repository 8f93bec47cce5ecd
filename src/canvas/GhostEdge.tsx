import { BaseEdge, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { GHOST_LINE } from "../design/strokes";
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
function GhostEdgeView({ id, data }: EdgeProps<GhostEdgeType>) {
  if (!data?.path) return null;
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
