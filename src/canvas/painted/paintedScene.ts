/**
 * The board's cards and lines as the picture painter's steps (src/export/picture), for the
 * live board's far zoom: the same drawing as the PNG and SVG, from the canvas's own nodes and
 * edges (a dragged card and its lines are drawn in the page meanwhile, not painted).
 */
import { INTERNAL_DASH_FAR } from "../../design/strokes";
import { DIMMED_OPACITY } from "../../design/tokens";
import { ZOOM_DETAIL } from "../../design/zoomDetail";
import { distantCardSteps } from "../../export/picture/cards";
import { ghostStep, relationshipStep } from "../../export/picture/edges";
import type { SceneStep } from "../../export/picture/scene";
import { DIMMED_CLASS, type PeerEdge, type PersonNode, type RelationshipEdgeData } from "../toFlow";

/**
 * How a line's dashes are drawn, as canvas.css does at each zoom: "near" as in the picture;
 * "far" (below 0.4, `is-far`) internal links in long dashes rather than dots; "solid" (below
 * 1/8, `is-distant`) no dashes, which are under a pixel apart there.
 */
export type LineDetail = "near" | "far" | "solid";

export const lineDetailAt = (zoom: number): LineDetail =>
  zoom < ZOOM_DETAIL.dashesFrom ? "solid" : zoom < ZOOM_DETAIL.smallPrintFrom ? "far" : "near";

const dimmedBy = (className: string | undefined) =>
  className?.split(" ").includes(DIMMED_CLASS) ?? false;

const withoutDash = (step: SceneStep): SceneStep => {
  if (step.kind === "group") return { ...step, steps: step.steps.map(withoutDash) };
  if (step.kind === "path" && step.dash) {
    const { dash: _dash, ...solid } = step;
    return solid;
  }
  return step;
};

function lineSteps(edge: PeerEdge, detail: LineDetail): SceneStep | undefined {
  const d = edge.data?.path;
  if (!d) return undefined;
  let step: SceneStep;
  if (edge.type === "ghost") step = ghostStep(d);
  else {
    // Every edge not a ghost is a relationship (toFlow); its type field is optional in React Flow.
    const { strength, internal, planned } = edge.data as RelationshipEdgeData;
    step = relationshipStep(d, strength, internal, planned);
    if (detail === "far" && internal && !planned && step.kind === "path")
      step = { ...step, dash: INTERNAL_DASH_FAR };
  }
  if (detail === "solid") step = withoutDash(step);
  return dimmedBy(edge.className)
    ? { kind: "group", x: 0, y: 0, alpha: DIMMED_OPACITY.line, steps: [step] }
    : step;
}

function cardStepsOf(node: PersonNode): SceneStep[] {
  const steps = distantCardSteps({
    x: node.position.x,
    y: node.position.y,
    color: node.data.color,
    unpaired: node.data.unpaired,
  });
  return dimmedBy(node.className)
    ? [{ kind: "group", x: 0, y: 0, alpha: DIMMED_OPACITY.card, steps }]
    : steps;
}

/**
 * Steps kept per node and edge object: the projector (toFlow) keeps the objects of what did
 * not change, so after an edit or on a drag frame only the changed ones are built again.
 */
const cardCache = new WeakMap<PersonNode, SceneStep[]>();
const lineCache: Record<LineDetail, WeakMap<PeerEdge, SceneStep | null>> = {
  near: new WeakMap(),
  far: new WeakMap(),
  solid: new WeakMap(),
};

export function paintedCard(node: PersonNode): SceneStep[] {
  let steps = cardCache.get(node);
  if (!steps) {
    steps = cardStepsOf(node);
    cardCache.set(node, steps);
  }
  return steps;
}

export function paintedLine(edge: PeerEdge, detail: LineDetail): SceneStep | undefined {
  const cache = lineCache[detail];
  let step = cache.get(edge);
  if (step === undefined) {
    step = lineSteps(edge, detail) ?? null;
    cache.set(edge, step);
  }
  return step ?? undefined;
}
