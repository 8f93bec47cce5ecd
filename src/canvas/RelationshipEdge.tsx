import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { COMPARE_MARKS } from "../design/compareMarks";
import {
  LINE_CLICK_WIDTH,
  lineLabel,
  PLANNED_LINE,
  REMOVED_LINE,
  STRENGTH_STYLES,
} from "../design/strokes";
import { useDraggedRoute } from "./draggedRoutes";
import { useHoveredEdge } from "./hoveredEdge";
import { useNewLook, useNewLookName } from "./lineLooks";
import { useLinePainted } from "./painted/paintedMode";
import type { RelationshipEdgeData, RelationshipEdge as RelationshipEdgeType } from "./toFlow";

/**
 * Comparing: the short badge a new or re-rated link always carries ("new", "↑ 2→4"). A removed
 * line has none (its grey dashes say it, and its hover label): its badge would sit on the live
 * lines it crosses.
 */
function changeBadge({ change, was, strength }: RelationshipEdgeData): string | undefined {
  if (change === "added") return COMPARE_MARKS.added.badge;
  if ((change === "stronger" || change === "weaker") && was !== undefined)
    return `${change === "stronger" ? "↑" : "↓"} ${was}→${strength}`;
  return undefined;
}

/**
 * A relationship: colour and width by strength, the weak end dashed; internal links dotted (that
 * dash wins, from canvas.css); planned links grey-blue dash-dot; label (with the target, if
 * any) on hover or selection. The line runs where the routing put it (toFlow), the same path
 * the pictures draw. Comparing, a new link glows and a changed one
 * carries a badge; a removed one is drawn thin, grey and dashed, labelled on hover.
 */
function RelationshipEdgeView({ id, data: handed, selected }: EdgeProps<RelationshipEdgeType>) {
  // Re-rated, the line's new look is here, not in React Flow's list (lineLooks.ts).
  const newLook = useNewLook(id);
  useNewLookName(id, newLook);
  const data = newLook?.data ?? handed;
  const hovered = useHoveredEdge((s) => s.id === id);
  // Far out the line is painted (PaintedLayer), unless it is hovered, selected or dragged.
  const painted = useLinePainted(id);
  const dragged = useDraggedRoute(id);
  if (!data?.path || (painted && !hovered && !selected)) return null;
  const { path, labelX, labelY } = dragged ?? data;
  // A planned link has no rating yet: its own look, whatever strength it was drawn with.
  const style = data.planned ? PLANNED_LINE : STRENGTH_STYLES[data.strength];
  const removed = data.change === "removed";
  const badge = changeBadge(data);
  const stroke = removed
    ? {
        stroke: REMOVED_LINE.color,
        strokeWidth: REMOVED_LINE.width,
        strokeDasharray: REMOVED_LINE.dash.join(" "),
      }
    : {
        stroke: style.color,
        strokeWidth: style.width,
        strokeDasharray: data.internal && !data.planned ? undefined : style.dash?.join(" "),
      };
  const full = (hovered || selected) && (
    <>
      <span
        className="relationship-label-swatch"
        style={{ background: removed ? REMOVED_LINE.color : style.color }}
      />
      {removed ? `Removed (was ${STRENGTH_STYLES[data.strength].label})` : lineLabel(data)}
      {data.internal ? " · internal" : ""}
    </>
  );
  return (
    <>
      {data.change === "added" && (
        <path d={path} className="relationship-new-glow" strokeWidth={style.width + 12} />
      )}
      {selected && <path d={path} className="relationship-halo" strokeWidth={style.width + 8} />}
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={LINE_CLICK_WIDTH}
        className={[
          "relationship-edge",
          data.planned && !removed && "is-planned",
          data.internal && !removed && !data.planned && "is-internal",
          data.change && `is-${data.change}`,
        ]
          .filter(Boolean)
          .join(" ")}
        style={stroke}
      />
      {(full || badge) && (
        <EdgeLabelRenderer>
          <div
            className={
              badge ? `relationship-label is-change is-${data.change}` : "relationship-label"
            }
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              borderColor: removed ? REMOVED_LINE.color : style.color,
            }}
          >
            {badge && <span className="relationship-change">{badge}</span>}
            {full}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RelationshipEdge = memo(RelationshipEdgeView);
