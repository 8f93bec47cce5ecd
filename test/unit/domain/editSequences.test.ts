/**
 * Whatever a user does in the editor, the map reloads exactly as it was
 * (with nothing to warn about) and exports to a file that imports back exactly. The actions are
 * the domain edits the store calls, with any input the forms could send and more: names over
 * the limit or of invisible characters, notes around 5,000 characters, absurd coordinates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as actionEdits from "../../../src/domain/actions";
import { createMap } from "../../../src/domain/createMap";
import * as edit from "../../../src/domain/edits";
import { LIMITS, parseMapFile, serializeMap } from "../../../src/domain/format";
import * as linkEdit from "../../../src/domain/linkEdits";
import { type OrgKey, type PeerMap, STRENGTHS, type Strength } from "../../../src/domain/model";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import * as tiers from "../../../src/domain/tiers";
import { reloadFromRows } from "../persistence/helpers";

const NOW = "2025-03-14T16:20:00.000Z";

/** Short text, text around a limit, and names with nothing visible. */
const textAround = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 2, arbitrary: fc.constantFrom("", " ", "\u200B", "\uFEFF\u2060", " \u00AD\u200E ") },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: max - 3, max: max + 3 }), fc.constantFrom("x", "é", " y "))
        .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
    },
  );
const name = textAround(LIMITS.maxNameLength);
const notes = textAround(LIMITS.maxNotesLength);
const email = textAround(LIMITS.maxEmailLength);
const org = fc.constantFrom<OrgKey>("a", "b");
const strength = fc.constantFrom<Strength>(...STRENGTHS);
const index = fc.nat({ max: 40 });
const coordinate = fc.oneof(
  fc.double({ min: -2_000_000, max: 2_000_000, noNaN: true }),
  fc.constantFrom(0, 16, 448, 464, 1_000_000, Number.NaN, Number.POSITIVE_INFINITY),
);
const date = fc.oneof(
  fc
    .date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("", "2025-02-29", "yesterday"),
);

type Action = (map: PeerMap) => PeerMap;
const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list[i % Math.max(list.length, 1)];
/** A refused edit leaves the map as it was, as the store does. */
const ok = (map: PeerMap, result: edit.EditResult): PeerMap => (result.ok ? result.map : map);

const action: fc.Arbitrary<Action> = fc.oneof(
  fc
    .record({
      org,
      name,
      i: index,
      title: name,
      notes,
      place: fc.boolean(),
      x: coordinate,
      y: coordinate,
    })
    .map(({ org, name, i, title, notes, place, x, y }) => (map: PeerMap) => {
      const tierId = pick(map.tiers, i)?.id ?? "";
      const position = place && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
      return ok(
        map,
        edit.addPerson(map, {
          org,
          name,
          tierId,
          title,
          notes,
          place,
          ...(position ? { position } : {}),
        }),
      );
    }),
  fc
    .record(
      { i: index, name, title: name, email, notes, tier: fc.option(index) },
      { requiredKeys: ["i"] },
    )
    .map(({ i, tier, ...changes }) => (map: PeerMap) => {
      const person = pick(map.people, i);
      if (!person) return map;
      const tierId = tier === undefined || tier === null ? undefined : pick(map.tiers, tier)?.id;
      return ok(
        map,
        edit.updatePerson(map, person.id, { ...changes, ...(tierId ? { tierId } : {}) }),
      );
    }),
  fc
    .record({ i: index, t: index, x: coordinate, y: coordinate })
    .map(({ i, t, x, y }) => (map: PeerMap) => {
      const person = pick(map.people, i);
      const tier = pick(map.tiers, t);
      return person && tier ? ok(map, edit.placePerson(map, person.id, tier.id, { x, y })) : map;
    }),
  index.map((i) => (map: PeerMap) => {
    const person = pick(map.people, i);
    return person ? ok(map, edit.unplacePerson(map, person.id)) : map;
  }),
  fc.array(index, { maxLength: 3 }).map((is) => (map: PeerMap) => {
    const ids = is.flatMap((i) => pick(map.people, i)?.id ?? []);
    return ok(map, edit.removeItems(map, ids));
  }),
  fc.record({ i: index, j: index }).map(({ i, j }) => (map: PeerMap) => {
    const p = pick(map.people, i);
    const q = pick(map.people, j);
    return p && q ? ok(map, linkEdit.connect(map, p.id, q.id)) : map;
  }),
  fc
    .record(
      {
        i: index,
        strength,
        notes,
        lastContact: date,
        targetStrength: fc.option(strength),
        planned: fc.boolean(),
      },
      { requiredKeys: ["i"] },
    )
    .map(({ i, ...changes }) => (map: PeerMap) => {
      const r = pick(map.relationships, i);
      return r ? ok(map, linkEdit.updateRelationships(map, [r.id], changes)) : map;
    }),
  index.map((i) => (map: PeerMap) => {
    const r = pick(map.relationships, i);
    return r ? ok(map, edit.removeItems(map, [], [r.id])) : map;
  }),
  name.map((n) => (map: PeerMap) => ok(map, tiers.addTier(map, n))),
  fc.record({ i: index, name }).map(({ i, name }) => (map: PeerMap) => {
    const tier = pick(map.tiers, i);
    return tier ? ok(map, tiers.renameTier(map, tier.id, name)) : map;
  }),
  fc.record({ i: index, by: fc.constantFrom<-1 | 1>(-1, 1) }).map(({ i, by }) => (map: PeerMap) => {
    const tier = pick(map.tiers, i);
    return tier ? ok(map, tiers.moveTier(map, tier.id, by)) : map;
  }),
  fc.record({ i: index, j: index }).map(({ i, j }) => (map: PeerMap) => {
    const tier = pick(map.tiers, i);
    const to = pick(map.tiers, j);
    return tier ? ok(map, tiers.deleteTier(map, tier.id, to?.id)) : map;
  }),
  name.map((n) => (map: PeerMap) => ok(map, edit.renameMap(map, n))),
  fc
    .record({ org, name, color: fc.stringMatching(/^#[0-9a-fA-F]{6}$/) }, { requiredKeys: ["org"] })
    .map(
      ({ org, ...changes }) =>
        (map: PeerMap) =>
          ok(map, edit.updateOrg(map, org, changes)),
    ),
  strength.map((s) => (map: PeerMap) => ok(map, edit.setHealthyThreshold(map, s))),
  fc
    .record({ i: index, j: index, text: notes, owner: name, due: date, own: fc.boolean() })
    .map(({ i, j, text, owner, due, own }) => (map: PeerMap) => {
      const person = pick(map.people, i);
      const about = person
        ? { kind: "person" as const, id: person.id }
        : { kind: "gap" as const, id: "missing-counterpart:t1" };
      const ownerId = own ? pick(map.people, j)?.id : undefined;
      return ok(map, actionEdits.addAction(map, { text, about, owner, due, ownerId }, NOW));
    }),
  fc
    .record(
      { i: index, text: notes, owner: name, due: date, done: fc.boolean() },
      { requiredKeys: ["i"] },
    )
    .map(({ i, done, ...changes }) => (map: PeerMap) => {
      const action = pick(map.actions, i);
      if (!action) return map;
      const status =
        done === undefined ? {} : { status: done ? ("done" as const) : ("open" as const) };
      return ok(map, actionEdits.updateAction(map, action.id, { ...changes, ...status }, NOW));
    }),
  index.map((i) => (map: PeerMap) => {
    const action = pick(map.actions, i);
    return action ? ok(map, actionEdits.removeActions(map, [action.id])) : map;
  }),
  fc.constant((map: PeerMap) => ok(map, edit.tidy(map))),
);

/** A map at the tier limit, so sequences push against it. */
const fullOfTiers = (): PeerMap => {
  const map = createMap({ name: "Tiers", now: NOW });
  const extra = Array.from({ length: LIMITS.maxTiers - map.tiers.length }, (_, i) => ({
    id: `t${i}`,
    name: `Tier ${i}`,
  }));
  return { ...map, tiers: [...map.tiers, ...extra] };
};

const start = fc.constantFrom(
  () => sampleAlliance(NOW),
  () => createMap({ name: "Blank", now: NOW }),
  fullOfTiers,
);

const reload = (map: PeerMap) => reloadFromRows(map, NOW);

describe("any sequence of editor actions", () => {
  it("reloads identically, with no warnings, and exports a file that imports back identically", () => {
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 25 }), (first, actions) => {
        const map = actions.reduce((current, act) => act(current), first());
        expect(reload(map)).toEqual({ map, warnings: [] });
        const parsed = parseMapFile(serializeMap(map, NOW));
        expect(parsed.ok ? parsed.map : parsed.errors).toEqual(map);
      }),
      { numRuns: 150 },
    );
  });
});
