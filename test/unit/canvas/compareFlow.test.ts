import { describe, expect, it } from "vitest";
import { flowComparison } from "../../../src/canvas/compareFlow";
import { type RelationshipEdge, toFlow } from "../../../src/canvas/toFlow";
import { compareMaps } from "../../../src/domain/compare";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout, slotPosition } from "../../../src/domain/layout";
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
