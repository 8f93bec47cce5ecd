import { type ReactFlowState, useStoreApi } from "@xyflow/react";
import { memo, useCallback, useEffect, useLayoutEffect, useRef } from "react";
import { CARD_HEIGHT, CARD_WIDTH } from "../../design/geometry";
import { type Box, boxesMeet, boxOf, pathPoints } from "../../design/lineHits";
import { ZOOM_DETAIL } from "../../design/zoomDetail";
import { paintSteps } from "../../export/picture/paintScene";
import type { PeerEdge, PersonNode } from "../toFlow";
import { ViewportLayer } from "../ViewportLayer";
import { usePaintedMode } from "./paintedMode";
import { type LineDetail, paintedCard, paintedLine } from "./paintedScene";

/** Room round a line's box for its width and a gap badge's overhang, in canvas units. */
const MARGIN = 12;

const lineBoxes = new WeakMap<PeerEdge, Box>();
function lineBox(edge: PeerEdge): Box {
  let box = lineBoxes.get(edge);
  if (!box) {
    box = boxOf(pathPoints(edge.data?.path ?? ""));
    lineBoxes.set(edge, box);
  }
  return box;
}

type View = Pick<ReactFlowState, "transform" | "width" | "height">;

/**
 * Paints every line, then every card, seen in `view`, on a canvas the size of the screen
 * placed over what the viewport shows: one bitmap, repainted on each zoom or pan step and
 * each change, instead of thousands of elements the browser styles, hit-tests and paints.
 */
function paint(
  canvas: HTMLCanvasElement,
  nodes: readonly PersonNode[],
  edges: readonly PeerEdge[],
  { transform: [tx, ty, zoom], width, height }: View,
): void {
  const ratio = window.devicePixelRatio || 1;
  const [pixelWidth, pixelHeight] = [Math.ceil(width * ratio), Math.ceil(height * ratio)];
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  // Inside the viewport, whose transform scales by `zoom`: undone here, so the bitmap's pixels
  // are the screen's.
  canvas.style.transform = `translate(${-tx / zoom}px, ${-ty / zoom}px) scale(${1 / zoom})`;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pixelWidth, pixelHeight);
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  const seen: Box = {
    x: -tx / zoom - MARGIN,
    y: -ty / zoom - MARGIN,
    width: width / zoom + 2 * MARGIN,
    height: height / zoom + 2 * MARGIN,
  };
  const detail: LineDetail = zoom < ZOOM_DETAIL.dashesFrom ? "solid" : "dashed";
  // Real lines, then suggested ones over them, then the cards: the order the page draws.
  for (const ghosts of [false, true]) {
    for (const edge of edges) {
      if ((edge.type === "ghost") !== ghosts || !boxesMeet(lineBox(edge), seen)) continue;
      const step = paintedLine(edge, detail);
      if (step) paintSteps(ctx, [step], "");
    }
  }
  for (const node of nodes) {
    const { x, y } = node.position;
    if (!boxesMeet({ x, y, width: CARD_WIDTH, height: CARD_HEIGHT }, seen)) continue;
    paintSteps(ctx, paintedCard(node), "");
  }
}

interface PaintedLayerProps {
  nodes: readonly PersonNode[];
  edges: readonly PeerEdge[];
}

/**
 * The board's cards and lines painted on one canvas while zoomed far out (paintedMode.ts). It
 * sits over the lanes and under the page's cards and lines, which then draw only what is
 * selected, hovered, focused or dragged.
 */
function PaintedLayerView({ nodes, edges }: PaintedLayerProps) {
  const painted = usePaintedMode((s) => s.painted);
  const store = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ nodes, edges });
  latest.current = { nodes, edges };

  const repaint = useCallback(() => {
    const canvas = canvasRef.current;
    if (canvas) paint(canvas, latest.current.nodes, latest.current.edges, store.getState());
  }, [store]);

  // A change of the map (or a drag frame) repaints before the browser shows it.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (painted && canvas) paint(canvas, nodes, edges, store.getState());
  }, [painted, nodes, edges, store]);

  // Each pan and zoom step repaints in the same task React Flow moves the viewport in, so
  // the painted board and the lanes under it never drift apart for a frame.
  useEffect(() => {
    if (!painted) return;
    return store.subscribe((state, before) => {
      if (
        state.transform !== before.transform ||
        state.width !== before.width ||
        state.height !== before.height
      )
        repaint();
    });
  }, [painted, store, repaint]);

  if (!painted) return null;
  return (
    <ViewportLayer>
      <canvas ref={canvasRef} className="painted-board" />
    </ViewportLayer>
  );
}

export const PaintedLayer = memo(PaintedLayerView);
