/**
 * The benchmark baseline: the same generated graph drawn by bare React Flow, with default
 * nodes and edges, the standard controlled-state pattern and fitView. Never shipped: built by
 * test/bench/vite.bare.config.ts into test-results/, outside the app's dist/.
 *
 * Query: `?graph=<name>` (fetches graphs/<name>.json, written by the bench next to this page),
 * `w` and `h` (the flow's size in px, so it matches the app's canvas), `visible=0|1`
 * (onlyRenderVisibleElements; default: on above 300 nodes, the app's rule).
 *
 * Zoom limits are the app's (0.05–2.5): with React Flow's default minimum of 0.5 a large map
 * could not be fitted, and the two pages would draw different sets of nodes.
 */
import {
  type Edge,
  type Node,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

export interface BareGraph {
  nodes: Node[];
  edges: Edge[];
}

const params = new URLSearchParams(window.location.search);
const graphName = params.get("graph") ?? "medium";
const width = Number(params.get("w")) || window.innerWidth;
const height = Number(params.get("h")) || window.innerHeight;
const visibleParam = params.get("visible");

function Flow({ graph }: { graph: BareGraph }) {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState(graph.edges);
  const onlyVisible = visibleParam === null ? graph.nodes.length > 300 : visibleParam === "1";
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.05}
      maxZoom={2.5}
      onlyRenderVisibleElements={onlyVisible}
    />
  );
}

function App() {
  const [graph, setGraph] = useState<BareGraph | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(`graphs/${encodeURIComponent(graphName)}.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<BareGraph>;
      })
      .then(setGraph, (e: unknown) => setError(String(e)));
  }, []);
  if (error)
    return (
      <p role="alert">
        Could not load graph {graphName}: {error}
      </p>
    );
  if (!graph) return <p>Loading…</p>;
  return (
    <div style={{ width, height }}>
      <ReactFlowProvider>
        <Flow graph={graph} />
      </ReactFlowProvider>
    </div>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
