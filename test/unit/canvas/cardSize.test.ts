import {
  adoptUserNodes,
  ConnectionMode,
  getEdgePosition,
  getNodesInside,
  type InternalNodeBase,
  type NodeBase,
} from "@xyflow/system";
import { describe, expect, it } from "vitest";
import { toFlow } from "../../../src/canvas/toFlow";
import { handlePoint } from "../../../src/design/geometry";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { EMPTY_SELECTION } from "../../../src/store/selection";

const map = sampleAlliance("2024-05-14T09:00:00.000Z");
const layout = computeLayout(map);
const { nodes, edges } = toFlow({
  map,
  analysis: analyseMap(map),
  layout,
  selection: EMPTY_SELECTION,
});

/** The cards as React Flow holds them once handed the nodes, before it has drawn any. */
function adopted(list: readonly NodeBase[]): Map<string, InternalNodeBase> {
  const lookup = new Map<string, InternalNodeBase>();
  adoptUserNodes([...list], lookup, new Map());
  return lookup;
}

describe("a card's fixed size and handles", () => {
  // A corner of the board at zoom 1: a few cards of the many.
  const view = { x: 0, y: 0, width: 700, height: 400 };

  it("let React Flow draw only the cards in view from its first render", () => {
    const inView = getNodesInside(adopted(nodes), view, [0, 0, 1], true);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(nodes.length / 2);
    for (const node of inView) {
      const { x, y } = node.internals.positionAbsolute;
      expect(x < view.width && y < view.height).toBe(true);
    }
    // Without the handles, every card counts as not yet measured, and is drawn to measure it.
    const bare = nodes.map(({ handles: _handles, ...node }) => node);
    expect(getNodesInside(adopted(bare), view, [0, 0, 1], true)).toHaveLength(nodes.length);
  });

  it("put each line's ends where the pictures put them", () => {
    const lookup = adopted(nodes);
    const relationships = edges.filter((e) => e.type === "relationship");
    expect(relationships.length).toBeGreaterThan(10);
    for (const edge of relationships) {
      const sourceNode = lookup.get(edge.source);
      const targetNode = lookup.get(edge.target);
      if (!sourceNode || !targetNode) throw new Error(`${edge.id} has no cards`);
      const ends = getEdgePosition({
        id: edge.id,
        sourceNode,
        targetNode,
        sourceHandle: edge.sourceHandle ?? null,
        targetHandle: edge.targetHandle ?? null,
        connectionMode: ConnectionMode.Loose,
      });
      const from = handlePoint(sourceNode.position, edge.sourceHandle as "l" | "r");
      const to = handlePoint(targetNode.position, edge.targetHandle as "l" | "r");
      expect(ends).toMatchObject({
        sourceX: from.x,
        sourceY: from.y,
        targetX: to.x,
        targetY: to.y,
      });
    }
  });
});
