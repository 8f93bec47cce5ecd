/**
 * The flow projector reuses last call's node or edge only when it looks the same in every
 * field, including fields it has never heard of.
 */
import { describe, expect, it } from "vitest";
import { createFlowProjector } from "../../../src/canvas/flowProjector";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import type { PeerMap, Person } from "../../../src/domain/model";
import { EMPTY_SELECTION } from "../../../src/store/selection";
import { aMap } from "../builders";

const input = (map: PeerMap) => ({
  map,
  analysis: analyseMap(map),
  layout: computeLayout(map),
  selection: EMPTY_SELECTION,
});

const workshop = aMap()
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada", at: slotPosition(0, "a") })
  .withPerson("grace", { org: "b", tier: "Sales", name: "Grace", at: slotPosition(0, "b") })
  .withLink("ada", "grace", 4)
  .build();

const withAda = (map: PeerMap, ada: Person): PeerMap => ({
  ...map,
  people: map.people.map((p) => (p.id === ada.id ? ada : p)),
});

describe("the flow projector", () => {
  it("gives a new node when a person differs only in a field it has never heard of", () => {
    const project = createFlowProjector();
    const ada = workshop.people[0] as Person;
    const first = project(input(withAda(workshop, { ...ada, pronouns: "she/her" } as Person)));
    const same = project(input(withAda(workshop, { ...ada, pronouns: "she/her" } as Person)));
    expect(same.nodes[0]).toBe(first.nodes[0]);
    expect(same.nodes[1]).toBe(first.nodes[1]);
    const changed = project(input(withAda(workshop, { ...ada, pronouns: "they/them" } as Person)));
    expect(changed.nodes[0]).not.toBe(first.nodes[0]);
    expect(changed.nodes[1]).toBe(first.nodes[1]);
    expect(changed.edges[0]).toBe(first.edges[0]);
  });
});
