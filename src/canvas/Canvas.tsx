import {
  type Connection,
  ConnectionMode,
  ControlButton,
  Controls,
  type Edge,
  getViewportForBounds,
  MiniMap,
  type OnConnectEnd,
  ReactFlow,
  useReactFlow,
  useStore,
  type Viewport,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import {
  type DragEvent,
  type MouseEvent,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CanvasLayout,
  columnAt,
  HEADER_HEIGHT,
  laneAt,
  placementAt,
} from "../domain/layout";
import { useMapStore } from "../store/mapStore";
import "./canvas.css";
import { LEGEND_HEIGHT } from "../design/geometry";
import { PERSON_DRAG_TYPE } from "./dragTypes";
import { GhostEdge } from "./GhostEdge";
import { setHoveredEdge } from "./hoveredEdge";
import { Lanes } from "./Lanes";
import { PersonNode } from "./PersonNode";
import { RelationshipEdge } from "./RelationshipEdge";
import type { PeerEdge, PersonNode as PersonNodeType } from "./toFlow";
import { useFlow } from "./useFlow";

const nodeTypes = { person: PersonNode };
const edgeTypes = { relationship: RelationshipEdge, ghost: GhostEdge };
const FIT_PADDING = 0.06;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2.5;
/** The whole board: headers, lane labels and the legend as well as the cards. */
const boardBounds = (layout: CanvasLayout) => ({
  x: 0,
  y: 0,
  width: layout.width,
  height: layout.height + LEGEND_HEIGHT,
});
const proOptions = { hideAttribution: true };
// Small enough not to hide the bottom lane on a laptop screen.
// Every prop React Flow gets must keep its identity across renders: a new function here would
// be pushed into its store on every drag frame and wake every edge and handle.
const MULTI_SELECT_KEYS = ["Meta", "Control", "Shift"];
const notToItself = (c: Connection | Edge) => c.source !== c.target;
const minimapStyle = { width: 150, height: 100 };
/**
 * Level of detail: the further out, the less each card and line draws, since it could not be
 * read anyway (canvas.css). Below 0.4 a card's small print is dropped (`is-far`); below 0.25
 * its name too (`is-tiny`); below 1/8 dotted and dashed lines are under a pixel apart, blur
 * into solid ones, and are drawn solid (`is-distant`), which looks the same and rasters
 * several times faster.
 */
const ZOOM_LEVELS = [
  { below: 1 / 8, className: "canvas is-far is-tiny is-distant" },
  { below: 0.25, className: "canvas is-far is-tiny" },
  { below: 0.4, className: "canvas is-far" },
] as const;
const zoomClass = (s: { transform: [number, number, number] }): string =>
  ZOOM_LEVELS.find((level) => s.transform[2] < level.below)?.className ?? "canvas";

const minimapColor = (node: PersonNodeType) => node.data.color;

/** The map canvas: two organisation columns, tier lanes, cards and their relationships. */
export function Canvas() {
  const { map, layout, nodes, edges, onNodesChange, onEdgesChange } = useFlow();
  const { screenToFlowPosition, fitBounds } = useReactFlow();
  const zoomClassName = useStore(zoomClass);

  // Fit the whole board (headers and lane labels too), not just the cards.
  const fitBoard = useCallback(() => {
    if (layout) void fitBounds(boardBounds(layout), { padding: FIT_PADDING });
  }, [layout, fitBounds]);

  // React Flow starts at the fitted viewport rather than fitting after its first render: with
  // hundreds of cards that first render would be thrown away, and it costs as much as the real one.
  const paneRef = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const pane = paneRef.current;
    if (!pane || !layout || start) return;
    const { clientWidth, clientHeight } = pane;
    setStart(
      getViewportForBounds(
        boardBounds(layout),
        clientWidth,
        clientHeight,
        MIN_ZOOM,
        MAX_ZOOM,
        FIT_PADDING,
      ),
    );
  }, [layout, start]);

  const onConnect = useCallback((c: Connection) => {
    useMapStore.getState().connect(c.source, c.target);
  }, []);

  // Letting go anywhere on another card links to it, not only on its small handle.
  const onConnectEnd = useCallback<OnConnectEnd>((event, state) => {
    if (state.isValid || !state.fromNode) return;
    const point = "changedTouches" in event ? event.changedTouches[0] : event;
    if (!point) return;
    const card = document
      .elementFromPoint(point.clientX, point.clientY)
      ?.closest<HTMLElement>(".react-flow__node");
    const target = card?.dataset.id;
    if (target && target !== state.fromNode.id) {
      useMapStore.getState().connect(state.fromNode.id, target);
    }
  }, []);

  const onEdgeMouseEnter = useCallback((_: MouseEvent, edge: Edge) => setHoveredEdge(edge.id), []);
  const onEdgeMouseLeave = useCallback(() => setHoveredEdge(null), []);

  const onEdgeClick = useCallback((_: MouseEvent, edge: Edge) => {
    if (edge.type === "ghost") useMapStore.getState().connect(edge.source, edge.target);
  }, []);

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      // Only the empty pane: cards and edges sit inside it too, and a double-click on one of
      // them is not a wish for a new person.
      const target = event.target as Element;
      if (!layout || !target.classList.contains("react-flow__pane")) return;
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (
        point.y < HEADER_HEIGHT ||
        point.y > layout.height ||
        point.x < layout.columns.a.x - 40 ||
        point.x > layout.width
      )
        return;
      const org = columnAt(layout, point.x);
      const lane = laneAt(layout, point.y);
      if (!lane) return;
      const column = layout.columns[org];
      useMapStore.getState().addPerson(
        {
          org,
          tierId: lane.tierId,
          name: "New person",
          position: {
            x: point.x - column.x - CARD_WIDTH / 2,
            y: point.y - lane.y - CARD_HEIGHT / 2,
          },
        },
        { select: true, focus: true },
      );
    },
    [layout, screenToFlowPosition],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PERSON_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const id = event.dataTransfer.getData(PERSON_DRAG_TYPE);
      const store = useMapStore.getState();
      const person = store.map?.people.find((p) => p.id === id);
      if (!person || !layout) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const spot = placementAt(layout, person.org, {
        x: point.x - CARD_WIDTH / 2,
        y: point.y - CARD_HEIGHT / 2,
      });
      if (spot && store.placePerson(person.id, spot.tierId, spot.position)) {
        store.select({ people: [person.id], relationships: [] });
      }
    },
    [layout, screenToFlowPosition],
  );

  if (!map || !layout) return null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcuts; every one has a keyboard path in the panels
    <div
      ref={paneRef}
      className={zoomClassName}
      onDoubleClick={onDoubleClick}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      {start && (
        <ReactFlow<PersonNodeType, PeerEdge>
          defaultViewport={start}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
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
          <Lanes layout={layout} orgs={map.orgs} people={map.people} />
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
      )}
    </div>
  );
}
