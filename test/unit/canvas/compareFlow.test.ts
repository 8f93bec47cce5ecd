import { describe, expect, it } from "vitest";
import { comparedLayout, flowComparison } from "../../../src/canvas/compareFlow";
import { type RelationshipEdge, toFlow } from "../../../src/canvas/toFlow";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { compareMaps } from "../../../src/domain/compare";
import { analyseMap } from "../../../src/domain/gaps";
import { CARD_HEIGHT, CARD_WIDTH, canvasPosition, computeLayout } from "../../../src/domain/layout";
import type { PeerMap } from "../../../src/domain/model";
import { removedLinkId } from "../../../src/domain/report/changeSentences";
import { EMPTY_SELECTION } from "../../../src/store/selection";
import { aMap } from "../builders";

const base = aMap()
  .withOrgs("Acme", "Globex")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace", at: slotPosition(0, "a") })
  .withPerson("alan", { org: "a", tier: "Sales", name: "Alan Turing", at: slotPosition(1, "a") })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper", at: slotPosition(0, "b") })
  .withPerson("linus", { org: "b", tier: "Sales", name: "Linus", at: slotPosition(1, "b") });

const before = base
  .withLink("ada", "grace", 2, { id: "ada-grace" })
  .withLink("alan", "grace", 3, { id: "alan-grace" })
  .build();
const after = base
  .withPerson("mo", { org: "b", tier: "Sales", name: "Mo", at: slotPosition(2, "b") })
  .withLink("ada", "grace", 4, { id: "ada-grace" })
  .withLink("alan", "linus", 3, { id: "alan-linus" })
  .build();

const flowOf = (map: PeerMap, comparing?: PeerMap) =>
  toFlow({
    map,
    analysis: analyseMap(map),
    layout: computeLayout(map),
    selection: EMPTY_SELECTION,
    ...(comparing && { comparison: flowComparison(compareMaps(comparing, map)) }),
  });
const edge = (flow: ReturnType<typeof flowOf>, id: string) =>
  flow.edges.find((e) => e.id === id) as RelationshipEdge | undefined;

describe("toFlow while comparing", () => {
  const flow = flowOf(after, before);

  it("marks a re-rated link with its earlier strength, and a new one as new", () => {
    expect(edge(flow, "ada-grace")?.data).toMatchObject({
      change: "stronger",
      was: 2,
      strength: 4,
    });
    expect(edge(flow, "ada-grace")?.ariaLabel).toBe(
      "Ada Lovelace and Grace Hopper: 4 Strong, stronger, was 2 Weak",
    );
    expect(edge(flow, "alan-linus")?.data?.change).toBe("added");
    expect(edge(flow, "alan-linus")?.ariaLabel).toMatch(/^New link: Alan Turing and Linus:/);
  });

  it("draws a removed link between its two people, under an id no live link has", () => {
    const removed = edge(flow, removedLinkId("alan-grace"));
    expect(removed?.data).toMatchObject({ change: "removed", strength: 3 });
    expect(removed?.data?.path).not.toBe("");
    expect([removed?.source, removed?.target]).toEqual(["alan", "grace"]);
  });

  it("tags only the person who joined", () => {
    const joined = flow.nodes.filter((n) => n.data.joined).map((n) => n.id);
    expect(joined).toEqual(["mo"]);
  });

  it("marks nothing when not comparing", () => {
    const plain = flowOf(after);
    expect(plain.edges.every((e) => e.type !== "relationship" || !e.data?.change)).toBe(true);
    expect(plain.nodes.every((n) => !n.data.joined)).toBe(true);
    expect(plain.edges.map((e) => e.id)).not.toContain(removedLinkId("alan-grace"));
  });
});

describe("toFlow while comparing: people who left", () => {
  const hankAt = slotPosition(2, "b");
  const withHank = base
    .withPerson("hank", { org: "b", tier: "Sales", name: "Hank Scorpio", at: hankAt })
    .withLink("ada", "hank", 3, { id: "ada-hank" })
    .build();
  const flowBetween = (earlier: PeerMap, later: PeerMap) => {
    const comparison = flowComparison(compareMaps(earlier, later), {
      before: earlier,
      after: later,
    });
    const layout = comparedLayout(later, comparison);
    return {
      layout,
      flow: toFlow({
        map: later,
        analysis: analyseMap(later),
        layout,
        selection: EMPTY_SELECTION,
        comparison,
      }),
    };
  };
  const ghostOf = (flow: ReturnType<typeof flowOf>) => flow.nodes.find((n) => n.id === "hank");
  const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.abs(a.x - b.x) < CARD_WIDTH && Math.abs(a.y - b.y) < CARD_HEIGHT;

  it("draws a faint card where they were, named for what it is, that cannot be edited", () => {
    const { flow, layout } = flowBetween(withHank, base.build());
    const ghost = ghostOf(flow);
    expect(ghost?.data).toMatchObject({ left: true });
    const hank = withHank.people.find((p) => p.id === "hank");
    expect(hank?.position).toEqual(hankAt);
    expect(ghost?.position).toEqual(hank && canvasPosition(layout, hank));
    expect(ghost?.ariaLabel).toBe("Left: Hank Scorpio (was Sales, Globex)");
    expect(ghost).toMatchObject({ selectable: false, draggable: false, connectable: false });
  });

  it("moves to the nearest free slot of the same cell when someone now sits in theirs", () => {
    const now = base.withPerson("mo", { org: "b", tier: "Sales", name: "Mo", at: hankAt }).build();
    const { flow, layout } = flowBetween(withHank, now);
    const ghost = ghostOf(flow);
    const mo = flow.nodes.find((n) => n.id === "mo");
    expect(ghost && mo).toBeTruthy();
    if (!ghost || !mo) return;
    for (const card of flow.nodes.filter((n) => n !== ghost))
      expect(overlaps(ghost.position, card.position)).toBe(false);
    // Same cell: their organisation's column and their tier's lane.
    const lane = layout.lanes.find((l) => l.name === "Sales");
    expect(ghost.position.x).toBeGreaterThanOrEqual(layout.columns.b.x);
    expect(ghost.position.y).toBeGreaterThanOrEqual(lane?.y ?? Number.NaN);
    expect(ghost.position.y + CARD_HEIGHT).toBeLessThanOrEqual(
      (lane?.y ?? 0) + (lane?.height ?? 0),
    );
  });

  it("ends their removed links on the faint card", () => {
    const { flow } = flowBetween(withHank, base.build());
    const removed = edge(flow, removedLinkId("ada-hank"));
    expect([removed?.source, removed?.target]).toEqual(["ada", "hank"]);
    expect(removed?.data).toMatchObject({ change: "removed", strength: 3 });
    expect(removed?.data?.path).not.toBe("");
  });

  it("draws nobody who left without the earlier map, nor when not comparing", () => {
    expect(ghostOf(flowOf(base.build(), withHank))).toBeUndefined();
    expect(ghostOf(flowOf(base.build()))).toBeUndefined();
  });
});
