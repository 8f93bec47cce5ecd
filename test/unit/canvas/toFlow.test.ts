import { describe, expect, it } from "vitest";
import { createFlowProjector } from "../../../src/canvas/flowProjector";
import { DIMMED_CLASS, toFlow } from "../../../src/canvas/toFlow";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import type { PeerMap } from "../../../src/domain/model";
import { litBy } from "../../../src/domain/spotlight";
import { EMPTY_SELECTION } from "../../../src/store/selection";
import { aMap } from "../builders";

const input = (map: PeerMap, selection = EMPTY_SELECTION) => ({
  map,
  analysis: analyseMap(map),
  layout: computeLayout(map),
  selection,
});

const workshop = aMap()
  .withOrgs("Acme", "Globex")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace", at: slotPosition(0, "a") })
  .withPerson("alan", { org: "a", tier: "Sales", name: "Alan Turing", at: slotPosition(1, "a") })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace Hopper", at: slotPosition(0, "b") })
  .withPerson("linus", { org: "b", tier: "Marketing", name: "Linus", at: slotPosition(0, "b") })
  .withPerson("mo", { org: "a", tier: "Marketing", name: "Mo", at: slotPosition(0, "a") })
  .withPerson("roster", { org: "b", tier: "Sales", name: "Not placed" })
  .withLink("ada", "grace", 4)
  .withLink("ada", "alan", 2)
  .build();

describe("toFlow", () => {
  it("draws one card per placed person and leaves the roster off the canvas", () => {
    const { nodes } = toFlow(input(workshop));
    expect(nodes.map((n) => n.id)).toEqual(["ada", "alan", "grace", "linus", "mo"]);
    expect(nodes[0]?.data).toMatchObject({ tierName: "Sales", orgName: "Acme" });
  });

  it("marks unpaired people for the highlight, with an attribute tests and styles can use", () => {
    const { nodes } = toFlow(input(workshop));
    const alan = nodes.find((n) => n.id === "alan");
    expect(alan?.data.unpaired).toBe(true);
    expect(alan?.domAttributes).toEqual({ "data-gap": "unpaired" });
    expect(nodes.find((n) => n.id === "ada")?.data.unpaired).toBe(false);
  });

  it("draws relationships facing each other, internal ones marked, and ghosts for missing links", () => {
    const { edges } = toFlow(input(workshop));
    const cross = edges.find((e) => e.source === "ada" && e.target === "grace");
    expect(cross).toMatchObject({ type: "relationship", sourceHandle: "r", targetHandle: "l" });
    expect(cross?.data).toMatchObject({ strength: 4, internal: false });
    const internal = edges.find((e) => e.target === "alan");
    expect(internal?.data).toMatchObject({ internal: true });
    const ghost = edges.find((e) => e.type === "ghost");
    expect(ghost).toMatchObject({ source: "mo", target: "linus", selectable: false });
  });

  it("leaves out relationships with an end in the roster", () => {
    const map = aMap()
      .withPerson("ada", { org: "a", tier: "Sales", at: slotPosition(0, "a") })
      .withPerson("grace", { org: "b", tier: "Sales" })
      .withLink("ada", "grace", 4)
      .build();
    expect(toFlow(input(map)).edges).toEqual([]);
  });

  it("reflects the selection", () => {
    const rel = workshop.relationships[0]?.id ?? "";
    const { nodes, edges } = toFlow(input(workshop, { people: ["ada"], relationships: [rel] }));
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(["ada"]);
    expect(edges.filter((e) => e.selected).map((e) => e.id)).toEqual([rel]);
  });

  it("hands back the very same objects for everything an edit did not touch", () => {
    const project = createFlowProjector();
    const first = project(input(workshop));
    const renamed: PeerMap = {
      ...workshop,
      people: workshop.people.map((p) => (p.id === "linus" ? { ...p, name: "Linus T." } : p)),
    };
    const second = project(input(renamed));
    expect(second.nodes.find((n) => n.id === "ada")).toBe(first.nodes.find((n) => n.id === "ada"));
    expect(second.nodes.find((n) => n.id === "linus")).not.toBe(
      first.nodes.find((n) => n.id === "linus"),
    );
    expect(second.edges[0]).toBe(first.edges[0]);
  });

  it("keeps the card list itself when a re-rating changes no card, and the line list when no line changed", () => {
    const project = createFlowProjector();
    const first = project(input(workshop));
    const rel = workshop.relationships[0];
    if (!rel) throw new Error("the workshop map has relationships");
    const rerated: PeerMap = {
      ...workshop,
      relationships: workshop.relationships.map((r) =>
        r.id === rel.id ? { ...r, strength: r.strength === 5 ? 1 : 5 } : r,
      ),
    };
    const second = project(input(rerated));
    expect(second.nodes).toBe(first.nodes);
    expect(second.edges).not.toBe(first.edges);
    expect(second.edges.find((e) => e.id === rel.id)).not.toBe(
      first.edges.find((e) => e.id === rel.id),
    );
    // Projected again from the same map: both lists as they were.
    const third = project(input(rerated));
    expect(third.nodes).toBe(first.nodes);
    expect(third.edges).toBe(second.edges);
  });

  it("dims, under a focus, exactly the cards and lines that are not lit", () => {
    const lit = litBy(workshop, { kind: "person", id: "grace" });
    const { nodes, edges } = toFlow({ ...input(workshop), lit });
    const dimmedIds = (items: { id: string; className?: string }[]) =>
      items.filter((i) => i.className === DIMMED_CLASS).map((i) => i.id);
    expect(dimmedIds(nodes)).toEqual(["alan", "linus", "mo"]);
    // The suggested Mo–Linus line is dimmed too: neither end is lit.
    expect(dimmedIds(edges)).toEqual(["ada-alan", "ghost:mo:linus"]);
    expect(dimmedIds(toFlow(input(workshop)).nodes)).toEqual([]);
  });

  it("re-creates only the cards whose dimming changed when the focus moves", () => {
    const project = createFlowProjector();
    const byId = (flow: { nodes: { id: string }[] }, id: string) =>
      flow.nodes.find((n) => n.id === id);
    const onGrace = project({
      ...input(workshop),
      lit: litBy(workshop, { kind: "person", id: "grace" }),
    });
    const onAda = project({
      ...input(workshop),
      lit: litBy(workshop, { kind: "person", id: "ada" }),
    });
    // Ada and Grace are lit both times, Linus and Mo dimmed both times; only Alan changes.
    for (const id of ["ada", "grace", "linus", "mo"])
      expect(byId(onAda, id)).toBe(byId(onGrace, id));
    expect(byId(onAda, "alan")).not.toBe(byId(onGrace, "alan"));
  });
});
