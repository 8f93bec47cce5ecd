/**
 * The one contract of every edit (src/domain/edits.ts, linkEdits.ts and tiers.ts): it is refused with a
 * reason, or it hands back a valid map, and that map is the very object it was given when the
 * edit changes nothing. The store relies on the last part: a no-op adds no undo step and no save.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as actions from "../../../src/domain/actions";
import * as edit from "../../../src/domain/edits";
import { validateMap } from "../../../src/domain/format";
import * as linkEdit from "../../../src/domain/linkEdits";
import {
  ACTION_STATUSES,
  ACTION_SUBJECTS,
  ORG_KEYS,
  type PeerMap,
  STRENGTHS,
} from "../../../src/domain/model";
import * as tiers from "../../../src/domain/tiers";
import { validMap } from "../format/arbitraries";

type Edit = (map: PeerMap) => edit.EditResult;

const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list.length > 0 ? list[i % list.length] : undefined;
const strength = fc.constantFrom(...STRENGTHS);
const org = fc.constantFrom(...ORG_KEYS);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", " ", "\u200B", "Ada"));
const coordinate = fc.oneof(
  fc.integer({ min: -50, max: 1_500 }),
  fc.constantFrom(0, 16, 216, 1_000_000, Number.NaN),
);
const NOW = "2026-11-26T12:00:00.000Z";
const date = fc.constantFrom("", "2025-03-14", "2025-02-29", "soon");

/**
 * Each edit twice over: `same` builds, from a map, inputs that ask for what the map already is;
 * `any` is the edit with arbitrary inputs (picked by index, so they fit whatever map it meets).
 * Idempotent edits (`again`) must also change nothing when repeated with the same inputs.
 */
interface Case {
  same?: (map: PeerMap) => edit.EditResult | undefined;
  /** Picks its inputs from the map it is first applied to, then applies them to any map. */
  any: fc.Arbitrary<(map: PeerMap, i: number) => Edit>;
  again: boolean;
}

const CASES: Record<string, Case> = {
  addPerson: {
    any: fc.record({ org, name: text, title: text, place: fc.boolean() }).map(
      (input) =>
        (map, i): Edit =>
        (m) =>
          edit.addPerson(m, { ...input, tierId: pick(map.tiers, i)?.id ?? "" }),
    ),
    again: false,
  },
  addPeople: {
    same: (map) => edit.addPeople(map, []),
    any: fc
      .array(fc.record({ org, name: text, title: text, place: fc.boolean() }), { maxLength: 4 })
      .map(
        (inputs) =>
          (map, i): Edit =>
          (m) =>
            edit.addPeople(
              m,
              inputs.map((input, j) => ({ ...input, tierId: pick(map.tiers, i + j)?.id ?? "" })),
            ),
      ),
    again: false,
  },
  updatePerson: {
    same: (map) => {
      const p = map.people[0];
      return (
        p &&
        edit.updatePerson(map, p.id, {
          name: p.name,
          title: p.title ?? "",
          email: p.email ?? "",
          notes: p.notes ?? "",
          tierId: p.tierId,
        })
      );
    },
    any: fc.record({ name: text, notes: text, tier: fc.nat() }, { requiredKeys: [] }).map(
      ({ tier, ...changes }) =>
        (map, i): Edit =>
        (m) => {
          const tierId = tier === undefined ? undefined : pick(map.tiers, tier)?.id;
          const person = pick(map.people, i)?.id ?? "nobody";
          return edit.updatePerson(m, person, { ...changes, ...(tierId ? { tierId } : {}) });
        },
    ),
    again: true,
  },
  placePeople: {
    same: (map) => edit.placePeople(map, []),
    any: fc.record({ x: coordinate, y: coordinate, t: fc.nat() }).map(
      ({ x, y, t }) =>
        (map, i): Edit =>
        (m) =>
          edit.placePeople(m, [
            {
              id: pick(map.people, i)?.id ?? "nobody",
              tierId: pick(map.tiers, t)?.id ?? "",
              position: { x, y },
            },
          ]),
    ),
    again: true,
  },
  // Its no-op (placing a card where it already is) has its own test below.
  placePerson: {
    any: fc.record({ x: coordinate, y: coordinate, t: fc.nat() }).map(
      ({ x, y, t }) =>
        (map, i): Edit =>
        (m) =>
          edit.placePerson(m, pick(map.people, i)?.id ?? "nobody", pick(map.tiers, t)?.id ?? "", {
            x,
            y,
          }),
    ),
    again: true,
  },
  unplacePerson: {
    same: (map) => {
      const p = map.people.find((q) => !q.position);
      return p && edit.unplacePerson(map, p.id);
    },
    any: fc.constant(
      (map, i): Edit =>
        (m) =>
          edit.unplacePerson(m, pick(map.people, i)?.id ?? "nobody"),
    ),
    again: true,
  },
  removeItems: {
    same: (map) => edit.removeItems(map, ["nobody"], ["nothing"]),
    any: fc.boolean().map(
      (person) =>
        (map, i): Edit =>
        (m) =>
          person
            ? edit.removeItems(m, [pick(map.people, i)?.id ?? "nobody"])
            : edit.removeItems(m, [], [pick(map.relationships, i)?.id ?? "nothing"]),
    ),
    again: true,
  },
  connect: {
    any: fc.nat().map(
      (j) =>
        (map, i): Edit =>
        (m) =>
          linkEdit.connect(m, pick(map.people, i)?.id ?? "", pick(map.people, j)?.id ?? ""),
    ),
    again: false,
  },
  planLink: {
    any: fc.tuple(fc.nat(), fc.option(strength, { nil: undefined })).map(
      ([j, target]) =>
        (map, i): Edit =>
        (m) =>
          linkEdit.planLink(
            m,
            pick(map.people, i)?.id ?? "",
            pick(map.people, j)?.id ?? "",
            target,
          ),
    ),
    again: false,
  },
  updateRelationships: {
    same: (map) => {
      const r = map.relationships[0];
      return (
        r &&
        linkEdit.updateRelationships(map, [r.id], {
          strength: r.strength,
          notes: r.notes ?? "",
          lastContact: r.lastContact ?? "",
        })
      );
    },
    any: fc
      .record(
        {
          strength,
          notes: text,
          lastContact: date,
          targetStrength: fc.option(strength),
          planned: fc.boolean(),
        },
        { requiredKeys: [] },
      )
      .map(
        (changes) =>
          (map, i): Edit =>
          (m) =>
            linkEdit.updateRelationships(m, [pick(map.relationships, i)?.id ?? "nothing"], changes),
      ),
    again: true,
  },
  addAction: {
    any: fc.record({ text, owner: text, due: date, kind: fc.constantFrom(...ACTION_SUBJECTS) }).map(
      ({ kind, ...input }) =>
        (map, i): Edit =>
        (m) =>
          actions.addAction(m, {
            ...input,
            about: { kind, id: pick(map.people, i)?.id ?? "gap:x" },
            ownerId: pick(map.people, i + 1)?.id ?? "",
          }),
    ),
    again: false,
  },
  updateAction: {
    same: (map) => {
      const a = map.actions[0];
      return a && actions.updateAction(map, a.id, { text: a.text, status: a.status });
    },
    any: fc
      .record(
        { text, owner: text, due: date, status: fc.constantFrom(...ACTION_STATUSES) },
        { requiredKeys: [] },
      )
      .map(
        (changes) =>
          (map, i): Edit =>
          (m) =>
            actions.updateAction(m, pick(map.actions, i)?.id ?? "nothing", changes, NOW),
      ),
    again: true,
  },
  completeActions: {
    same: (map) => actions.completeActions(map, []),
    any: fc.constant(
      (map: PeerMap, i: number): Edit =>
        (m) =>
          actions.completeActions(m, [pick(map.actions, i)?.id ?? "nothing"], NOW),
    ),
    again: true,
  },
  removeActions: {
    same: (map) => actions.removeActions(map, ["nothing"]),
    any: fc.constant(
      (map: PeerMap, i: number): Edit =>
        (m) =>
          actions.removeActions(m, [pick(map.actions, i)?.id ?? "nothing"]),
    ),
    again: true,
  },
  // Its no-op (tidying a tidy map) has its own test below.
  tidy: {
    any: fc.constant((): Edit => edit.tidy),
    again: true,
  },
  renameMap: {
    same: (map) => edit.renameMap(map, map.name),
    any: text.map((name) => (): Edit => (m) => edit.renameMap(m, name)),
    again: true,
  },
  updateOrg: {
    same: (map) => edit.updateOrg(map, "b", { ...map.orgs.b }),
    any: fc
      .record(
        { name: text, color: fc.constantFrom("#112233", "#ABCDEF", "red") },
        { requiredKeys: [] },
      )
      .chain((changes) => org.map((key) => (): Edit => (m) => edit.updateOrg(m, key, changes))),
    again: true,
  },
  setHealthyThreshold: {
    same: (map) => edit.setHealthyThreshold(map, map.settings.healthyThreshold),
    any: strength.map((s) => (): Edit => (m) => edit.setHealthyThreshold(m, s)),
    again: true,
  },
  addTier: {
    any: text.map((name) => (): Edit => (m) => tiers.addTier(m, name)),
    again: false,
  },
  renameTier: {
    same: (map) => {
      const tier = map.tiers[0];
      return tier && tiers.renameTier(map, tier.id, tier.name);
    },
    any: text.map(
      (name) =>
        (map, i): Edit =>
        (m) =>
          tiers.renameTier(m, pick(map.tiers, i)?.id ?? "", name),
    ),
    again: true,
  },
  moveTier: {
    same: (map) => tiers.moveTier(map, map.tiers[0]?.id ?? "", -1),
    any: fc.constantFrom<-1 | 1>(-1, 1).map(
      (by) =>
        (map, i): Edit =>
        (m) =>
          tiers.moveTier(m, pick(map.tiers, i)?.id ?? "", by),
    ),
    again: false,
  },
  deleteTier: {
    same: (map) => tiers.deleteTier(map, "no such tier"),
    any: fc.nat().map(
      (j) =>
        (map, i): Edit =>
        (m) =>
          tiers.deleteTier(m, pick(map.tiers, i)?.id ?? "", pick(map.tiers, j)?.id),
    ),
    again: true,
  },
};

/** Exports of the edit modules that are not edits of a map. */
const NOT_EDITS = new Set(["done", "peopleInTier", "remapActionIds"]);

describe("the edit contract", () => {
  it("covers every edit the domain exports", () => {
    const exported = [edit, linkEdit, tiers, actions]
      .flatMap((module) => Object.entries(module))
      .filter(([name, value]) => typeof value === "function" && !NOT_EDITS.has(name))
      .map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(CASES).sort());
  });

  it("gives back the very same map when the inputs ask for what the map already is", () => {
    fc.assert(
      fc.property(validMap, (map) => {
        for (const [name, { same }] of Object.entries(CASES)) {
          const result = same?.(map);
          if (!result) continue;
          expect(result.ok && result.map, name).toBe(map);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("tidies and places idempotently: the second call changes nothing", () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const tidied = edit.tidy(map);
        if (!tidied.ok) throw new Error(tidied.reason);
        expect(edit.tidy(tidied.map)).toEqual({ ok: true, map: tidied.map });
        const p = map.people[0];
        const tier = map.tiers[0];
        if (!p || !tier) return;
        const placed = edit.placePerson(map, p.id, tier.id, { x: 0, y: 16 });
        if (!placed.ok) throw new Error(placed.reason);
        const spot = placed.map.people.find((q) => q.id === p.id)?.position ?? { x: -1, y: -1 };
        expect(ok(edit.placePerson(placed.map, p.id, tier.id, spot))).toBe(placed.map);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses with a reason or gives a valid map, and a repeat of an idempotent edit is a no-op", () => {
    const anyEdit = fc.oneof(
      ...Object.entries(CASES).map(([name, c]) =>
        c.any.map((inputs) => ({ name, inputs, again: c.again })),
      ),
    );
    fc.assert(
      fc.property(validMap, anyEdit, fc.nat(), (map, { name, inputs, again }, i) => {
        const run = inputs(map, i);
        const result = run(map);
        if (!result.ok) {
          expect(result.reason, name).toMatch(/\S/);
          return;
        }
        expect(validateMap(result.map), name).toEqual([]);
        if (again) expect(ok(run(result.map)), name).toBe(result.map);
      }),
      { numRuns: 600 },
    );
  });
});

function ok(result: edit.EditResult): PeerMap {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  return result.map;
}
