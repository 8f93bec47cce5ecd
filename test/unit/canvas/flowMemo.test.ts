/**
 * The projector remembers what it built from what (flowMemo.ts); whatever the edits, what it
 * hands back must be exactly what a projection from scratch gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFlowProjector } from "../../../src/canvas/flowProjector";
import { type FlowInput, toFlow } from "../../../src/canvas/toFlow";
import { placePeople, updatePerson } from "../../../src/domain/edits";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import { updateRelationships } from "../../../src/domain/linkEdits";
import type { PeerMap, Strength } from "../../../src/domain/model";
import { litBy } from "../../../src/domain/spotlight";
import { EMPTY_SELECTION, type Selection } from "../../../src/store/selection";
import { GRAPHS, generateMap } from "../../bench/generate";

const start = generateMap({ ...GRAPHS.medium, people: 40, relationships: 80 });

type Edit =
  | { kind: "rate"; at: number; strength: Strength }
  | { kind: "rename"; at: number }
  | { kind: "move"; at: number; dx: number; dy: number }
  | { kind: "select"; at: number; link: boolean }
  | { kind: "focus"; at: number }
  | { kind: "unfocus" };

const edit = fc.oneof(
  fc.record({
    kind: fc.constant("rate" as const),
    at: fc.nat(),
    strength: fc.constantFrom<Strength>(1, 2, 3, 4, 5),
  }),
  fc.record({ kind: fc.constant("rename" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("move" as const),
    at: fc.nat(),
    dx: fc.integer({ min: -300, max: 300 }),
    dy: fc.integer({ min: -100, max: 300 }),
  }),
  fc.record({ kind: fc.constant("select" as const), at: fc.nat(), link: fc.boolean() }),
  fc.record({ kind: fc.constant("focus" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("unfocus" as const) }),
);

interface State {
  map: PeerMap;
  selection: Selection;
  focus?: string;
}

function apply(state: State, e: Edit): State {
  const { map } = state;
  const link = map.relationships[("at" in e ? e.at : 0) % map.relationships.length];
  const person = map.people[("at" in e ? e.at : 0) % map.people.length];
  if (!link || !person) return state;
  const done = (result: { ok: true; map: PeerMap } | { ok: false }) =>
    result.ok ? { ...state, map: result.map } : state;
  switch (e.kind) {
    case "rate":
      return done(updateRelationships(map, [link.id], { strength: e.strength }));
    case "rename":
      return done(updatePerson(map, person.id, { name: `${person.name} Jr` }));
    case "move": {
      const at = person.position ?? { x: 0, y: 0 };
      const position = { x: Math.max(0, at.x + e.dx), y: Math.max(0, at.y + e.dy) };
      return done(placePeople(map, [{ id: person.id, tierId: person.tierId, position }]));
    }
    case "select":
      return {
        ...state,
        selection: e.link
          ? { ...EMPTY_SELECTION, relationships: [link.id] }
          : { ...EMPTY_SELECTION, people: [person.id] },
      };
    case "focus":
      return { ...state, focus: person.id };
    case "unfocus":
      return { ...state, focus: undefined };
  }
}

const inputOf = ({ map, selection, focus }: State): FlowInput => ({
  map,
  analysis: analyseMap(map),
  layout: computeLayout(map),
  selection,
  lit: focus ? litBy(map, { kind: "person", id: focus }) : undefined,
});

describe("the flow projector's memory", () => {
  it("after any run of edits, hands back what a projection from scratch gives", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const project = createFlowProjector();
        let state: State = { map: start, selection: EMPTY_SELECTION };
        project(inputOf(state));
        for (const e of edits) {
          state = apply(state, e);
          const input = inputOf(state);
          expect(project(input)).toEqual(toFlow(input));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("a re-rating hands back every other card and line as they were", () => {
    const project = createFlowProjector();
    const state: State = { map: start, selection: EMPTY_SELECTION };
    const before = project(inputOf(state));
    const rated = apply(state, { kind: "rate", at: 3, strength: 5 });
    const after = project(inputOf(rated));
    const changed = after.edges.filter((edge, i) => edge !== before.edges[i]);
    expect(changed.map((e) => e.id)).toEqual(
      start.relationships[3]?.strength === 5 ? [] : [start.relationships[3]?.id],
    );
    expect(after.nodes).toBe(before.nodes);
  });
});
