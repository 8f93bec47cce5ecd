import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { lineLabel, PLANNED_LINE, STRENGTH_STYLES } from "../design/strokes";
import { useHoveredEdge } from "./hoveredEdge";
import type { RelationshipEdge as RelationshipEdgeType } from "./toFlow";

/**
 * A relationship: colour and width by strength, the weak end dashed; internal links dotted (that
 * dash wins, from canvas.css); planned links grey-blue dash-dot; label (with the target, if
 * any) on hover or selection. The line runs where the routing put
 * it (toFlow), the same path the pictures draw.
 */
function RelationshipEdgeView({ id, data, selected }: EdgeProps<RelationshipEdgeType>) {
  const hovered = useHoveredEdge((s) => s.id === id);
  if (!data?.path) return null;
  const { path, labelX, labelY } = data;
  // A planned link has no rating yet: its own look, whatever strength it was drawn with.
  const style = data.planned ? PLANNED_LINE : STRENGTH_STYLES[data.strength];
  const className = data.planned
    ? "relationship-edge is-planned"
    : data.internal
      ? "relationship-edge is-internal"
      : "relationship-edge";
  return (
    <>
      {selected && <path d={path} className="relationship-halo" strokeWidth={style.width + 8} />}
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={24}
        className={className}
        style={{
          stroke: style.color,
          strokeWidth: style.width,
          strokeDasharray: data.internal && !data.planned ? undefined : style.dash?.join(" "),
        }}
      />
      {(hovered || selected) && (
        <EdgeLabelRenderer>
          <div
            className="relationship-label"
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              borderColor: style.color,
            }}
          >
            <span className="relationship-label-swatch" style={{ background: style.color }} />
            {lineLabel(data)}
            {data.internal ? " · internal" : ""}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RelationshipEdge = memo(RelationshipEdgeView);
