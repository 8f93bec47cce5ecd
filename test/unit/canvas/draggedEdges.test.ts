import { describe, expect, it } from "vitest";
import { draggedRoutes, routeEdges } from "../../../src/canvas/flowRoutes";
import { type PeerEdge, type PersonNode, toFlow } from "../../../src/canvas/toFlow";
import { analyseMap } from "../../../src/domain/gaps";
import { CARD_HEIGHT, CARD_WIDTH, computeLayout } from "../../../src/domain/layout";
import { EMPTY_SELECTION } from "../../../src/store/selection";
import { GRAPHS, generateMap } from "../../bench/generate";
import { samplePath } from "../design/routeChecks";

const map = generateMap(GRAPHS.medium);
const layout = computeLayout(map);
const flow = toFlow({ map, analysis: analyseMap(map), layout, selection: EMPTY_SELECTION });

const touches = (edge: PeerEdge, ids: ReadonlySet<string>) =>
  ids.has(edge.source) || ids.has(edge.target);

/** The best-connected card: the drag whose lines reach farthest across the map. */
function hub(): string {
  const degree = new Map<string, number>();
  for (const e of flow.edges)
    for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree].sort((p, q) => q[1] - p[1])[0]?.[0] ?? "";
}

/** The nodes with these cards moved by (dx, dy), as a drag frame shows them. */
const dragFrame = (ids: ReadonlySet<string>, dx: number, dy: number): PersonNode[] =>
  flow.nodes.map((n) =>
    ids.has(n.id) ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n,
  );

function expectOnCard(point: { x: number; y: number } | undefined, card: PersonNode) {
  const { x, y } = card.position;
  expect(point?.x).toBeGreaterThanOrEqual(x - 0.1);
  expect(point?.x).toBeLessThanOrEqual(x + CARD_WIDTH + 0.1);
  expect(point?.y).toBeGreaterThanOrEqual(y - 0.1);
  expect(point?.y).toBeLessThanOrEqual(y + CARD_HEIGHT + 0.1);
}

describe("lines during a drag", () => {
  const moved = new Set([hub(), flow.nodes[7]?.id ?? ""]);
  const nodes = dragFrame(moved, 37, 23);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const routes = draggedRoutes(nodes, flow.edges, layout, moved);

  it("route exactly the lines touching a dragged card", () => {
    const touching = flow.edges.filter((e) => touches(e, moved)).map((e) => e.id);
    expect(touching.length).toBeGreaterThan(5);
    expect(touching.length).toBeLessThan(flow.edges.length / 2);
    expect([...routes.keys()].sort()).toEqual(touching.sort());
  });

  it("start and end each dragged card's line on its two cards where they are now", () => {
    for (const edge of flow.edges.filter((e) => touches(e, moved))) {
      const route = routes.get(edge.id);
      const points = samplePath(route?.path ?? "");
      expectOnCard(points[0], byId.get(edge.source) as PersonNode);
      expectOnCard(points.at(-1), byId.get(edge.target) as PersonNode);
      expect(route?.path).not.toBe(edge.data?.path);
    }
  });

  it("route nothing when no card is dragged, and the drop routes the whole map as before", () => {
    expect(draggedRoutes(flow.nodes, flow.edges, layout, new Set()).size).toBe(0);
    expect(routeEdges(flow.nodes, flow.edges, layout)).toEqual(flow.edges);
  });
});
