import { describe, expect, it } from "vitest";
import { routeEdges } from "../../../src/canvas/flowRoutes";
import { dirtyBoxes, itemsIn, paintedItems } from "../../../src/canvas/painted/paintedItems";
import { toFlow } from "../../../src/canvas/toFlow";
import { boxesMeet } from "../../../src/design/lineHits";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { EMPTY_SELECTION } from "../../../src/store/selection";

const map = sampleAlliance("2024-05-14T09:00:00.000Z");
const analysis = analyseMap(map);
const layout = computeLayout(map);
const flow = toFlow({ map, analysis, layout, selection: EMPTY_SELECTION });
const edges = routeEdges(flow.nodes, flow.edges, layout);
const none = { cards: new Set<string>(), lines: new Set<string>() };
const keyed = (items: ReturnType<typeof paintedItems>) => new Map(items.map((i) => [i.key, i]));

describe("the painted board's items", () => {
  const items = paintedItems(flow.nodes, edges, "near", none);

  it("are every line, then every card, in the page's order", () => {
    expect(items.map((i) => i.key)).toEqual([
      ...edges.map((e) => `line:${e.id}`),
      ...flow.nodes.map((n) => `card:${n.id}`),
    ]);
  });

  it("leave out what the page draws itself", () => {
    const [card] = flow.nodes;
    const [line] = edges;
    const without = paintedItems(flow.nodes, edges, "near", {
      cards: new Set([card?.id ?? ""]),
      lines: new Set([line?.id ?? ""]),
    });
    expect(without).toHaveLength(items.length - 2);
    expect(without.map((i) => i.key)).not.toContain(`card:${card?.id}`);
    expect(without.map((i) => i.key)).not.toContain(`line:${line?.id}`);
  });

  it("hold each card's badge and each line's width inside their box", () => {
    for (const item of items.filter((i) => i.key.startsWith("card:"))) {
      const node = flow.nodes.find((n) => `card:${n.id}` === item.key);
      expect(item.box.x).toBeLessThan(node?.position.x ?? 0);
      // The badge hangs 9 px over the top-right corner.
      expect(item.box.y).toBeLessThanOrEqual((node?.position.y ?? 0) - 9);
    }
  });
});

describe("what an update paints again", () => {
  const before = paintedItems(flow.nodes, edges, "near", none);

  it("is nothing when nothing changed", () => {
    expect(dirtyBoxes(keyed(before), paintedItems(flow.nodes, edges, "near", none))).toEqual([]);
  });

  it("is the old and the new place of a re-rated line, and every item there is painted again", () => {
    const rated = edges.map((e, i) =>
      i === 0 && e.data ? ({ ...e, data: { ...e.data, strength: 1 } } as typeof e) : e,
    );
    const after = paintedItems(flow.nodes, rated, "near", none);
    const dirty = dirtyBoxes(keyed(before), after);
    expect(dirty).not.toBe("all");
    if (dirty === "all") return;
    expect(dirty).toHaveLength(2);
    const changed = after.find((i) => i.key === `line:${edges[0]?.id}`);
    expect(changed).toBeDefined();
    const [, arrived] = dirty;
    expect(arrived && itemsIn(after, arrived)).toContain(changed);
  });

  it("is where a card left and where it arrived when it moves, and its lines' too", () => {
    const moved = flow.nodes.map((n, i) =>
      i === 0 ? { ...n, position: { x: n.position.x, y: n.position.y + 400 } } : n,
    );
    const rerouted = routeEdges(moved, edges, layout);
    const dirty = dirtyBoxes(keyed(before), paintedItems(moved, rerouted, "near", none));
    expect(dirty === "all" || dirty.length >= 2).toBe(true);
    if (dirty === "all") return;
    const start = flow.nodes[0]?.position ?? { x: 0, y: 0 };
    expect(dirty.some((b) => boxesMeet(b, { ...start, width: 1, height: 1 }))).toBe(true);
    expect(
      dirty.some((b) => boxesMeet(b, { x: start.x, y: start.y + 400, width: 1, height: 1 })),
    ).toBe(true);
  });

  it("is everything when most of the board changed", () => {
    const all = paintedItems(
      flow.nodes.map((n) => ({ ...n })),
      edges.map((e) => ({ ...e })),
      "near",
      none,
    );
    expect(dirtyBoxes(keyed(before), all)).toBe("all");
  });
});
