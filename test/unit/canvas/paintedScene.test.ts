import { describe, expect, it } from "vitest";
import { routeEdges } from "../../../src/canvas/flowRoutes";
import {
  BITMAP_PIXELS,
  linesPaintedUpTo,
  paintedLevel,
} from "../../../src/canvas/painted/paintedMode";
import {
  type LineDetail,
  lineDetailAt,
  paintedCard,
  paintedLine,
} from "../../../src/canvas/painted/paintedScene";
import { DIMMED_CLASS, toFlow } from "../../../src/canvas/toFlow";
import { INTERNAL_DASH_FAR } from "../../../src/design/strokes";
import { DIMMED_OPACITY } from "../../../src/design/tokens";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { boardScene } from "../../../src/export/picture/mapScene";
import type { SceneStep } from "../../../src/export/picture/scene";
import { EMPTY_SELECTION } from "../../../src/store/selection";

const map = sampleAlliance("2024-05-14T09:00:00.000Z");
const analysis = analyseMap(map);
const layout = computeLayout(map);
const flow = toFlow({ map, analysis, layout, selection: EMPTY_SELECTION });
const edges = routeEdges(flow.nodes, flow.edges, layout);
const picture = boardScene(map, analysis, (text) => text.length * 7, false, layout);

const pathsOf = (steps: readonly SceneStep[]): SceneStep[] =>
  steps.flatMap((s) => (s.kind === "group" ? pathsOf(s.steps) : s.kind === "path" ? [s] : []));
const dashesOf = (steps: readonly SceneStep[]) =>
  pathsOf(steps).flatMap((s) => (s.kind === "path" && s.dash ? [s.dash] : []));

const lineSteps = (edge: (typeof edges)[number], detail: LineDetail): SceneStep[] => {
  const step = paintedLine(edge, detail);
  return step ? [step] : [];
};
function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error("the sample alliance has none");
  return item;
}

describe("the painted board", () => {
  it("draws each line exactly as the picture does, near", () => {
    const pictureLines = pathsOf(picture).filter((s) => s.kind === "path" && s.d.includes("C"));
    const painted = edges.flatMap((e) => pathsOf(lineSteps(e, "near")));
    expect(painted.length).toBeGreaterThanOrEqual(edges.length);
    for (const path of painted) expect(pictureLines).toContainEqual(path);
  });

  it("draws each line as the picture does, internal links in the far zoom's long dashes", () => {
    const pictureLines = new Map(pathsOf(picture).map((s) => [s.kind === "path" && s.d, s]));
    for (const edge of edges) {
      const step = paintedLine(edge, "far");
      expect(step).toBeDefined();
      const painted = pathsOf(step ? [step] : []);
      const internal = edge.data && "internal" in edge.data && edge.data.internal;
      const planned = edge.data && "planned" in edge.data && edge.data.planned;
      for (const path of painted) {
        if (path.kind !== "path") continue;
        const drawn = pictureLines.get(path.d);
        expect(drawn).toBeDefined();
        if (internal && !planned) {
          expect(path).toEqual({ ...drawn, dash: INTERNAL_DASH_FAR });
        } else if (edge.type !== "ghost") {
          expect(path).toEqual(drawn);
        }
      }
    }
  });

  it("draws no dash at all below the zoom where dashes blur into solid lines", () => {
    const dashed = edges.flatMap((e) => dashesOf(lineSteps(e, "far")));
    expect(dashed.length).toBeGreaterThan(0);
    expect(edges.flatMap((e) => dashesOf(lineSteps(e, "solid")))).toEqual([]);
  });

  it("draws each card's shell, colour band and gap badge, where the card is, without text", () => {
    const unpaired = flow.nodes.filter((n) => n.data.unpaired);
    expect(unpaired.length).toBeGreaterThan(0);
    for (const node of flow.nodes) {
      const steps = paintedCard(node);
      expect(steps.some((s) => s.kind === "text")).toBe(false);
      expect(steps[0]).toMatchObject({ kind: "rect", x: node.position.x, y: node.position.y });
      expect(steps.some((s) => s.kind === "rect" && s.fill === node.data.color)).toBe(true);
      expect(steps.some((s) => s.kind === "circle")).toBe(node.data.unpaired);
    }
  });

  it("fades what a focus leaves unlit, as the page does", () => {
    const node = first(flow.nodes);
    const edge = first(edges);
    const card = paintedCard({ ...node, className: DIMMED_CLASS });
    expect(card).toEqual([
      { kind: "group", x: 0, y: 0, alpha: DIMMED_OPACITY.card, steps: paintedCard(node) },
    ]);
    expect(paintedLine({ ...edge, className: DIMMED_CLASS }, "near")).toMatchObject({
      kind: "group",
      alpha: DIMMED_OPACITY.line,
    });
  });

  it("keeps the steps of a card or line that did not change (so a drag frame builds few)", () => {
    const node = first(flow.nodes);
    expect(paintedCard(node)).toBe(paintedCard(node));
    const moved = { ...node, position: { x: node.position.x + 40, y: node.position.y } };
    expect(paintedCard(moved)).not.toBe(paintedCard(node));
    expect(paintedCard(moved)[0]).toMatchObject({ x: node.position.x + 40 });
  });
});

describe("how much is painted", () => {
  it("paints dashes as the page draws them at each zoom", () => {
    expect(lineDetailAt(1)).toBe("near");
    expect(lineDetailAt(0.4)).toBe("near");
    expect(lineDetailAt(0.39)).toBe("far");
    expect(lineDetailAt(0.125)).toBe("far");
    expect(lineDetailAt(0.12)).toBe("solid");
  });

  it("paints lines while the whole board's bitmap fits, and cards only where names are unreadable", () => {
    // The sample board is small: lines are painted up to zoom 1, cards below 0.25.
    expect(linesPaintedUpTo(layout.width, layout.height)).toBe(1);
    expect(paintedLevel(1.2, false, 1)).toBe("none");
    expect(paintedLevel(1, false, 1)).toBe("lines");
    expect(paintedLevel(0.3, false, 1)).toBe("lines");
    expect(paintedLevel(0.2, false, 1)).toBe("all");
    // Presenting or comparing marks cards and lines in the page: nothing is painted.
    expect(paintedLevel(0.2, true, 1)).toBe("none");
  });

  it("paints a bigger board's lines only up to where its bitmap fits, never less than its cards", () => {
    // 1,000 people: 1,748 × 18,568 units.
    const large = linesPaintedUpTo(1748, 18568);
    expect(large).toBe(0.5);
    expect(1748 * 18568 * large ** 2).toBeLessThanOrEqual(BITMAP_PIXELS);
    expect(linesPaintedUpTo(1748, 18568, 2)).toBe(0.25);
    // So big that even a quarter does not fit: lines are still painted wherever cards are.
    expect(linesPaintedUpTo(1748, 500_000)).toBe(0.25);
  });
});
