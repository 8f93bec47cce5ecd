import {
  type Connection,
  ConnectionMode,
  Controls,
  type Edge,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { type DragEvent, type MouseEvent, useCallback } from "react";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  columnAt,
  HEADER_HEIGHT,
  laneAt,
  placementAt,
} from "../domain/layout";
import { useMapStore } from "../store/mapStore";
import "./canvas.css";
import { GhostEdge } from "./GhostEdge";
import { Lanes } from "./Lanes";
import { Legend } from "./Legend";
import { PersonNode } from "./PersonNode";
import { RelationshipEdge } from "./RelationshipEdge";
import type { PeerEdge, PersonNode as PersonNodeType } from "./toFlow";
import { useFlow } from "./useFlow";

export const PERSON_DRAG_TYPE = "application/x-peermap-person";

const nodeTypes = { person: PersonNode };
const edgeTypes = { relationship: RelationshipEdge, ghost: GhostEdge };
const fitViewOptions = { padding: 0.08, maxZoom: 1 };
const proOptions = { hideAttribution: true };
const minimapColor = (node: PersonNodeType) => node.data.color;

/** The map canvas: two organisation columns, tier lanes, cards and their relationships. */
export function Canvas() {
  const { map, layout, nodes, edges, onNodesChange, onEdgesChange } = useFlow();
  const { screenToFlowPosition } = useReactFlow();

  const onConnect = useCallback((c: Connection) => {
    useMapStore.getState().connect(c.source, c.target);
  }, []);

  const onEdgeClick = useCallback((_: MouseEvent, edge: Edge) => {
    if (edge.type === "ghost") useMapStore.getState().connect(edge.source, edge.target);
  }, []);

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const target = event.target as Element;
      if (!layout || !target.closest(".react-flow__pane")) return;
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (point.y < HEADER_HEIGHT || point.y > layout.height || point.x < layout.columns.a.x - 40)
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
    <div className="canvas" onDoubleClick={onDoubleClick} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<PersonNodeType, PeerEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onEdgeClick={onEdgeClick}
        connectionMode={ConnectionMode.Loose}
        isValidConnection={(c) => c.source !== c.target}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={["Meta", "Control", "Shift"]}
        selectionKeyCode="Shift"
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={nodes.length > 300}
        proOptions={proOptions}
        aria-label="Map canvas"
      >
        <Lanes layout={layout} orgs={map.orgs} people={map.people} />
        <Panel position="top-right">
          <Legend />
        </Panel>
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={fitViewOptions} />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          nodeColor={minimapColor}
          ariaLabel="Minimap"
        />
      </ReactFlow>
    </div>
  );
}
