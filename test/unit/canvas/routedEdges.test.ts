import { describe, expect, it } from "vitest";
import { routeEdges } from "../../../src/canvas/flowRoutes";
import { toFlow } from "../../../src/canvas/toFlow";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { boardScene } from "../../../src/export/picture/mapScene";
import type { PathStep } from "../../../src/export/picture/scene";
import { EMPTY_SELECTION } from "../../../src/store/selection";

const map = sampleAlliance("2024-05-14T09:00:00.000Z");
const layout = computeLayout(map);
const flow = toFlow({ map, analysis: analyseMap(map), layout, selection: EMPTY_SELECTION });

describe("routed edges on the canvas", () => {
  it("draw every line along the very path the picture paints", () => {
    const painted = boardScene(map, analyseMap(map), (text) => text.length * 7, false)
      .filter((s): s is PathStep => s.kind === "path" && s.d.includes("C"))
      .map((s) => s.d);
    const drawn = flow.edges.map((e) => e.data?.path);
    expect(drawn).toHaveLength(map.relationships.length + analyseMap(map).suggestions.length);
    expect(drawn).toEqual(painted);
  });

  it("put each hover label on its own line", () => {
    for (const edge of flow.edges) {
      const { path = "", labelX = 0, labelY = 0 } = edge.data ?? {};
      const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(labelX).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(labelX).toBeLessThanOrEqual(Math.max(...xs));
      expect(labelY).toBeGreaterThanOrEqual(Math.min(...ys));
      expect(labelY).toBeLessThanOrEqual(Math.max(...ys));
    }
  });

  it("follow a dragged card, and keep the objects of lines that did not move", () => {
    const priya = map.people.find((p) => p.name === "Priya Nair")?.id;
    const grace = map.people.find((p) => p.name === "Grace Kim")?.id;
    const dragged = flow.nodes.map((n) =>
      n.id === priya ? { ...n, position: { x: n.position.x - 30, y: n.position.y + 20 } } : n,
    );
    const edges = routeEdges(dragged, flow.edges, layout);
    for (const [i, edge] of edges.entries()) {
      const old = flow.edges[i];
      if (edge.source === priya || edge.target === priya) {
        expect(edge.data?.path).not.toBe(old?.data?.path);
      }
      if (edge.source === grace || edge.target === grace) expect(edge).toBe(old);
    }
    expect(routeEdges(flow.nodes, flow.edges, layout)).toEqual(flow.edges);
  });
});
