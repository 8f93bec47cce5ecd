/**
 * An off-screen, read-only React Flow showing the whole map at zoom 1, for the PNG export.
 * The editor's canvas cannot be captured as it is: on big maps it only renders the cards in
 * view, and it shows selections, hover labels and handles. This one renders every card, lane
 * and edge (ghost "missing link" edges and gap marks included), with nothing selected.
 */
import { ConnectionMode, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import "../canvas/canvas.css";
import { GhostEdge } from "../canvas/GhostEdge";
import { Lanes } from "../canvas/Lanes";
import { PersonNode } from "../canvas/PersonNode";
import { RelationshipEdge } from "../canvas/RelationshipEdge";
import { type PeerEdge, type PersonNode as PersonNodeType, toFlow } from "../canvas/toFlow";
import { computeLayout } from "../domain/layout";
import type { PeerMap } from "../domain/model";
import { analysisOf } from "../store/analysis";
import { EMPTY_SELECTION } from "../store/selection";
import { EXPORT_MARGIN } from "./pngGeometry";

const nodeTypes = { person: PersonNode };
const edgeTypes = { relationship: RelationshipEdge, ghost: GhostEdge };
const viewport = { x: EXPORT_MARGIN, y: EXPORT_MARGIN, zoom: 1 };
const proOptions = { hideAttribution: true };
/** Long enough for thousands of cards on a slow laptop. */
const READY_TIMEOUT_MS = 30_000;

export interface ExportStageProps {
  map: PeerMap;
  /** Called once every card and edge is drawn, with the stage's `.react-flow__viewport`. */
  onReady: (viewport: HTMLElement) => void;
  onError: (error: Error) => void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function StageFlow({ map, onReady, onError }: ExportStageProps) {
  const ref = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => computeLayout(map), [map]);
  const flow = useMemo(
    () => toFlow({ map, analysis: analysisOf(map), layout, selection: EMPTY_SELECTION }),
    [map, layout],
  );

  useEffect(() => {
    let cancelled = false;
    const started = performance.now();
    const wait = async () => {
      for (;;) {
        await nextFrame();
        if (cancelled) return;
        const root = ref.current;
        const viewportEl = root?.querySelector<HTMLElement>(".react-flow__viewport");
        const nodes = root?.querySelectorAll(".react-flow__node").length ?? -1;
        const edges = root?.querySelectorAll(".react-flow__edge").length ?? -1;
        const lanes = root?.querySelector(".lanes");
        if (viewportEl && lanes && nodes === flow.nodes.length && edges === flow.edges.length) {
          // One more frame so edge paths computed from the measured handles are painted.
          await nextFrame();
          if (!cancelled) onReady(viewportEl);
          return;
        }
        if (performance.now() - started > READY_TIMEOUT_MS) {
          onError(new Error("the map took too long to draw"));
          return;
        }
      }
    };
    void wait();
    return () => {
      cancelled = true;
    };
  }, [flow, onReady, onError]);

  const width = layout.width + 2 * EXPORT_MARGIN;
  const height = layout.height + 2 * EXPORT_MARGIN;
  return (
    <div
      ref={ref}
      // "canvas" brings the canvas styles (lanes under the edges); the inline style puts it
      // out of sight, at full size so nothing is culled.
      className="canvas export-stage"
      style={{
        position: "fixed",
        left: -(width + 1000),
        top: 0,
        width,
        height,
        background: "transparent",
        pointerEvents: "none",
      }}
      aria-hidden="true"
      inert
    >
      <ReactFlow<PersonNodeType, PeerEdge>
        id="peermap-export"
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        // As on the canvas: every handle is a source, and edges may end at any of them.
        connectionMode={ConnectionMode.Loose}
        defaultViewport={viewport}
        minZoom={1}
        maxZoom={1}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        proOptions={proOptions}
      >
        <Lanes layout={layout} orgs={map.orgs} people={map.people} />
      </ReactFlow>
    </div>
  );
}

/** The stage, portalled to <body> with its own React Flow store (apart from the editor's). */
export function ExportStage(props: ExportStageProps) {
  return createPortal(
    <ReactFlowProvider>
      <StageFlow {...props} />
    </ReactFlowProvider>,
    document.body,
  );
}
