/**
 * Relationship lines as the canvas draws them (RelationshipEdge.tsx, GhostEdge.tsx): React
 * Flow's bezier between the facing sides of the two cards, coloured and sized by strength, the
 * weak end dashed, dotted when internal; suggested missing links as red hollow boxes.
 */
import { getBezierPath, Position } from "@xyflow/react";
import { handlePoint, handlesFor, type Side } from "../../design/geometry";
import { GHOST_LINE, INTERNAL_DASH, STRENGTH_STYLES } from "../../design/strokes";
import type { Strength } from "../../domain/model";
import type { SceneStep } from "./scene";

export interface CardAt {
  x: number;
  y: number;
}

/** The bezier between two cards, leaving and entering by their facing sides (as the canvas). */
export function linkPath(from: CardAt, to: CardAt): string {
  const { sourceHandle, targetHandle } = handlesFor(from, to);
  const end = (card: CardAt, side: Side) => ({
    ...handlePoint(card, side),
    position: side === "r" ? Position.Right : Position.Left,
  });
  const source = end(from, sourceHandle);
  const target = end(to, targetHandle);
  const [path] = getBezierPath({
    sourceX: source.x,
    sourceY: source.y,
    sourcePosition: source.position,
    targetX: target.x,
    targetY: target.y,
    targetPosition: target.position,
  });
  return path;
}

export function relationshipStep(
  from: CardAt,
  to: CardAt,
  strength: Strength,
  internal: boolean,
): SceneStep {
  const style = STRENGTH_STYLES[strength];
  return {
    kind: "path",
    d: linkPath(from, to),
    stroke: style.color,
    lineWidth: style.width,
    ...(internal
      ? { dash: INTERNAL_DASH, lineCap: "round" as const }
      : style.dash
        ? { dash: style.dash }
        : {}),
  };
}

/** A suggested missing link: red dashes with a white core, so hollow boxes, as GhostEdge.tsx. */
export function ghostStep(from: CardAt, to: CardAt): SceneStep {
  const d = linkPath(from, to);
  const { core } = GHOST_LINE;
  return {
    kind: "group",
    x: 0,
    y: 0,
    steps: [
      {
        kind: "path",
        d,
        stroke: GHOST_LINE.color,
        lineWidth: GHOST_LINE.width,
        dash: GHOST_LINE.dash,
      },
      { kind: "path", d, stroke: core.color, lineWidth: core.width, dash: core.dash },
    ],
  };
}
