import {
  type Connection,
  ConnectionMode,
  ControlButton,
  Controls,
  type Edge,
  MiniMap,
  ReactFlow,
  useStore,
  useStoreApi,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import {
  type CSSProperties,
  type FocusEvent,
  type MouseEvent,
  useCallback,
  useMemo,
  useState,
} from "react";
import { changeBadgeScale } from "../design/compareMarks";
import { presentTextScale } from "../design/present";
import { tierHealth } from "../domain/tierHealth";
import { analysisOf } from "../store/analysis";
import { useCompareView } from "../store/compareView";
import { cancelLinking, pickPerson, useLinkMode } from "../store/linkMode";
import { useMapStore } from "../store/mapStore";
import { usePresentation } from "../store/presentation";
import "./canvas.css";
import { useSnapshotView } from "../store/snapshotView";
import "./presenting.css";
import { trackCardBlur, trackCardFocus } from "./focusedCard";
import "./compare.css";
import { GhostEdge } from "./GhostEdge";
import { setHoveredEdge } from "./hoveredEdge";
import { LaneFocusButtons } from "./LaneFocusButtons";
import { Lanes } from "./Lanes";
import { LinkModeLine } from "./LinkModeLine";
import { PersonNode } from "./PersonNode";
import { PaintedLayer } from "./painted/PaintedLayer";
import { linesPaintedUpTo, PaintedLevelContext, paintedLevel } from "./painted/paintedMode";
import { usePaintedHover } from "./painted/usePaintedHover";
import { RelationshipEdge } from "./RelationshipEdge";
import { SpotlightNotice } from "./SpotlightNotice";
import { selectOnPress } from "./selectOnPress";
import { steadyCards } from "./steadyCards";
import type { PeerEdge, PersonNode as PersonNodeType } from "./toFlow";
import { MAX_ZOOM, MIN_ZOOM, useBoardViewport } from "./useBoardViewport";
import { useConnectOnRelease } from "./useConnectOnRelease";
import { useDoubleClickAdd } from "./useDoubleClickAdd";
import { useFarWheel } from "./useFarWheel";
import { useFlow } from "./useFlow";
import { usePresentFit } from "./usePresentFit";
import { useRosterDrop } from "./useRosterDrop";
import { useTabOrder } from "./useTabOrder";

// Every prop React Flow gets must keep its identity across renders: a new function here would
// be pushed into its store on every drag frame and wake every edge and handle.
const nodeTypes = { person: PersonNode };
const edgeTypes = { relationship: RelationshipEdge, ghost: GhostEdge };
const proOptions = { hideAttribution: true };
const MULTI_SELECT_KEYS = ["Meta", "Control", "Shift"];
const notToItself = (c: Connection | Edge) => c.source !== c.target;
// Small enough not to hide the bottom lane on a laptop screen.
const minimapStyle = { width: 150, height: 100 };
const minimapColor = (node: PersonNodeType) => node.data.color;
const ZOOM_LIMITS = { min: MIN_ZOOM, max: MAX_ZOOM };

// In link mode a click on a card is the link's start or end (React Flow selects it first).
const onNodeClick = (_: MouseEvent, node: PersonNodeType) => {
  pickPerson(node.id);
};

const onEdgeMouseEnter = (_: MouseEvent, edge: Edge) => setHoveredEdge(edge.id);
const onEdgeMouseLeave = () => setHoveredEdge(null);
// A ghost line is a suggested link: clicking it draws it for real.
const onEdgeClick = (_: MouseEvent, edge: Edge) => {
  if (edge.type === "ghost") useMapStore.getState().connect(edge.source, edge.target);
};

/** The map canvas: two organisation columns, tier lanes, cards and their relationships. */
export function Canvas() {
  // Before React Flow's first render, which creates the observer that measures the cards.
  const flowStore = useStoreApi();
  useState(() => steadyCards(flowStore));
  const flow = useFlow();
  const { map, layout, wholeLayout, nodes, edges, spotlit, onNodesChange, onEdgesChange } = flow;
  const { paneRef, start, fitBoard, restingZoom, zoomClassName, onMoveStart, onMoveEnd } =
    useBoardViewport(wholeLayout);
  const { onConnect, onConnectEnd } = useConnectOnRelease();
  const onDoubleClick = useDoubleClickAdd(layout);
  const linking = useLinkMode((s) => s.mode.step === "picking");
  // True from the start of a drawn line to its end: two renders per line, not one per frame.
  const connecting = useStore((s) => s.connection.inProgress);
  // A click on the empty board while linking cancels it, with a word why.
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      if (!cancelLinking("Link cancelled — you clicked the empty board.")) onDoubleClick(event);
    },
    [onDoubleClick],
  );
  const { onDragOver, onDrop } = useRosterDrop(layout);
  const presenting = usePresentation((s) => s.presenting);
  const viewingSnapshot = useSnapshotView((s) => s.viewing !== null);
  const textScale = useStore((s) => (presenting ? presentTextScale(s.transform[2]) : 1));
  const comparing = useCompareView((s) => s.comparing !== null);
  const badgeScale = useStore((s) => (comparing ? changeBadgeScale(s.transform[2]) : 1));
  // Far out, cards and lines are painted on one canvas; presenting and comparing mark them in
  // the page, so those always draw them there.
  const linesUpTo = layout ? linesPaintedUpTo(layout.width, layout.height, devicePixelRatio) : 0;
  const painted = paintedLevel(restingZoom, presenting || comparing, linesUpTo);
  const onPointerMove = usePaintedHover(flow.lines, painted === "all");
  useFarWheel(paneRef, painted === "all", ZOOM_LIMITS, onMoveStart);
  usePresentFit(paneRef, fitBoard, presenting, `${wholeLayout?.width}x${wholeLayout?.height}`);
  const { onKeyDownCapture, onFocus: steerTab } = useTabOrder();
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    trackCardFocus(event);
    steerTab(event);
  };
  const health = useMemo(() => (map ? tierHealth(analysisOf(map)) : undefined), [map]);

  if (!map || !layout) return null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the roster places people by keyboard too
    <div
      ref={paneRef}
      className={[
        zoomClassName,
        presenting && "is-presenting",
        linking && "is-linking",
        connecting && "is-connecting",
        spotlit && "is-spotlit",
        painted === "lines" && "is-lines-painted",
        painted === "all" && "is-painted",
      ]
        .filter(Boolean)
        .join(" ")}
      style={
        {
          ...(presenting && { "--present-text-scale": textScale }),
          ...(comparing && { "--change-badge-scale": badgeScale }),
        } as CSSProperties
      }
      onDragOver={onDragOver}
      onDrop={onDrop}
      onPointerMove={onPointerMove}
      onPointerDown={selectOnPress}
      onKeyDownCapture={onKeyDownCapture}
      onFocus={onFocus}
      onBlur={trackCardBlur}
    >
      {start && (
        <PaintedLevelContext value={painted}>
          <ReactFlow<PersonNodeType, PeerEdge>
            defaultViewport={start}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={flow.onNodeDragStart}
            onNodeDragStop={flow.onNodeDragStop}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            // Presenting, the arrow keys reveal tiers: a selected card must not take them to move.
            nodesDraggable={!presenting && !viewingSnapshot}
            // A snapshot is read only: no card moves and no line is drawn on it.
            nodesConnectable={!viewingSnapshot}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            onPaneClick={onPaneClick}
            onNodeClick={onNodeClick}
            onEdgeClick={onEdgeClick}
            onEdgeMouseEnter={onEdgeMouseEnter}
            onEdgeMouseLeave={onEdgeMouseLeave}
            connectionMode={ConnectionMode.Loose}
            isValidConnection={notToItself}
            deleteKeyCode={null}
            zoomOnDoubleClick={false}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            selectionKeyCode="Shift"
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            onlyRenderVisibleElements={nodes.length > 300}
            proOptions={proOptions}
            aria-label="Map canvas"
          >
            <Lanes layout={layout} orgs={map.orgs} people={map.people} health={health} />
            <PaintedLayer
              nodes={flow.restingNodes}
              dragged={flow.draggedIds}
              edges={flow.lines}
              width={layout.width}
              height={layout.height}
              linesUpTo={linesUpTo}
              zoom={restingZoom}
            />
            <LaneFocusButtons layout={layout} />
            <LinkModeLine />
            <Controls position="top-left" showInteractive={false} showFitView={false}>
              <ControlButton
                onClick={fitBoard}
                title="Fit the whole map"
                aria-label="Fit the whole map"
              >
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                  <path
                    d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.6"
                  />
                </svg>
              </ControlButton>
            </Controls>
            <MiniMap
              position="bottom-right"
              pannable
              zoomable
              nodeColor={minimapColor}
              ariaLabel="Minimap"
              style={minimapStyle}
            />
          </ReactFlow>
        </PaintedLevelContext>
      )}
      <SpotlightNotice />
    </div>
  );
}
