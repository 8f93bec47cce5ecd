/**
 * Relationship lines as the canvas draws them (RelationshipEdge.tsx, GhostEdge.tsx): along the
 * path the routing gives (src/design/routing.ts), coloured and sized by strength, the weak end
 * dashed, dotted when internal, grey-blue dash-dot when planned; suggested missing links as red hollow boxes.
 */
import { GHOST_LINE, INTERNAL_DASH, PLANNED_LINE, STRENGTH_STYLES } from "../../design/strokes";
import type { Strength } from "../../domain/model";
import type { SceneStep } from "./scene";

export function relationshipStep(
  d: string,
  strength: Strength,
  internal: boolean,
  planned = false,
): SceneStep {
  if (planned) {
    const { color, width, dash } = PLANNED_LINE;
    return { kind: "path", d, stroke: color, lineWidth: width, dash };
  }
  const style = STRENGTH_STYLES[strength];
  return {
    kind: "path",
    d,
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
export function ghostStep(d: string): SceneStep {
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
