import fc from "fast-check";
import {
  ACTION_STATUSES,
  type Action,
  type OrgKey,
  type PeerMap,
  type Person,
  pairKey,
  type Relationship,
  STRENGTHS,
} from "../../../src/domain/model";
import { isBlankName } from "../../../src/domain/names";
import type { Snapshot } from "../../../src/domain/snapshots";

/**
 * Valid maps in canonical form: the form parseMapFile produces (trimmed text, lowercase #rrggbb
 * colours, unset optional fields absent rather than ""). For these, parse(serialize(m)) must
 * give back m exactly.
 */

const hasControlCharacter = (s: string): boolean =>
  [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * Trimmed text with arbitrary Unicode that a name may be: something visible (a Hangul filler
 * alone is as blank as spaces, see isBlankName), bounded in code units.
 */
const text = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => !isBlankName(s) && s.length <= maxLength * 4);

const id: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_-]{1,14}$/) },
  { weight: 1, arbitrary: text(8).filter((s) => !hasControlCharacter(s)) },
);

const strength = fc.constantFrom(...STRENGTHS);

// Whole and fractional canvas coordinates; -0 is excluded because JSON cannot tell it from 0.
const coordinate = fc
  .double({ min: -1_000_000, max: 1_000_000, noNaN: true })
  .map((v) => (v === 0 ? 0 : v));

const instant = fc.date({
  min: new Date("1990-01-01T00:00:00Z"),
  max: new Date("2090-12-31T23:59:59Z"),
  noInvalidDate: true,
});
const timestamp = instant.map((d) => d.toISOString());
const calendarDate = instant.map((d) => d.toISOString().slice(0, 10));

const colour = fc.stringMatching(/^#[0-9a-f]{6}$/);

const person = (tierIds: readonly string[]): fc.Arbitrary<Omit<Person, "id">> =>
  fc.record(
    {
      org: fc.constantFrom<OrgKey>("a", "b"),
      name: text(30),
      title: text(30),
      tierId: fc.constantFrom(...tierIds),
      email: fc.emailAddress().filter((e) => e.length <= 320),
      notes: text(80),
      position: fc.record({ x: coordinate, y: coordinate }, { noNullPrototype: true }),
    },
    { requiredKeys: ["org", "name", "tierId"], noNullPrototype: true },
  );

const relationshipDetails = fc.record(
  {
    strength,
    notes: text(80),
    lastContact: calendarDate,
    targetStrength: strength,
    planned: fc.constant(true as const),
  },
  { requiredKeys: ["strength"], noNullPrototype: true },
);

/** Distinct unordered pairs of distinct people, so no self-links and no duplicate pairs. */
const relationships = (personIds: readonly string[]): fc.Arbitrary<Relationship[]> => {
  if (personIds.length < 2) return fc.constant([]);
  const index = fc.nat(personIds.length - 1);
  return fc
    .uniqueArray(
      fc.tuple(index, index).filter(([s, t]) => s !== t),
      {
        maxLength: 40,
        selector: ([s, t]) => pairKey(personIds[s] ?? "", personIds[t] ?? ""),
      },
    )
    .chain((pairs) =>
      fc
        .tuple(
          fc.uniqueArray(id, { minLength: pairs.length, maxLength: pairs.length }),
          fc.array(relationshipDetails, { minLength: pairs.length, maxLength: pairs.length }),
        )
        .map(([ids, details]) =>
          pairs.map(([s, t], i) => ({
            id: ids[i] ?? "",
            source: personIds[s] ?? "",
            target: personIds[t] ?? "",
            ...(details[i] ?? { strength: 3 }),
          })),
        ),
    );
};

/** Actions about people, links and gaps, owned by free text or by someone on the map. */
const actions = (personIds: readonly string[], rels: readonly Relationship[]) =>
  fc
    .uniqueArray(
      fc.record(
        {
          id,
          text: text(60),
          about: fc.oneof(
            fc.record(
              {
                kind: fc.constant("gap" as const),
                id: fc.constant("missing-counterpart:t1"),
              },
              { noNullPrototype: true },
            ),
            ...(personIds.length > 0
              ? [
                  fc.record(
                    {
                      kind: fc.constant("person" as const),
                      id: fc.constantFrom(...personIds),
                    },
                    { noNullPrototype: true },
                  ),
                ]
              : []),
            ...(rels.length > 0
              ? [
                  fc.record(
                    {
                      kind: fc.constant("relationship" as const),
                      id: fc.constantFrom(...rels.map((r) => r.id)),
                    },
                    { noNullPrototype: true },
                  ),
                ]
              : []),
          ),
          owner: text(30),
          ...(personIds.length > 0 ? { ownerId: fc.constantFrom(...personIds) } : {}),
          due: calendarDate,
          status: fc.constantFrom(...ACTION_STATUSES),
          createdAt: timestamp,
          doneAt: timestamp,
        },
        { requiredKeys: ["id", "text", "about", "status", "createdAt"], noNullPrototype: true },
      ),
      { maxLength: 4, selector: (action) => action.id },
    )
    .map((list): Action[] => list);

export const validMap: fc.Arbitrary<PeerMap> = fc
  .uniqueArray(fc.record({ id, name: text(30) }, { noNullPrototype: true }), {
    minLength: 1,
    maxLength: 8,
    selector: (tier) => tier.id,
  })
  .chain((tiers) =>
    fc
      .uniqueArray(id, { maxLength: 25 })
      .chain((personIds) =>
        fc.tuple(
          fc.array(person(tiers.map((t) => t.id)), {
            minLength: personIds.length,
            maxLength: personIds.length,
          }),
          relationships(personIds),
          fc.constant(personIds),
        ),
      )
      .chain(([details, rels, personIds]) =>
        fc.record(
          {
            id,
            name: text(40),
            orgs: fc.record(
              {
                a: fc.record({ name: text(30), color: colour }, { noNullPrototype: true }),
                b: fc.record({ name: text(30), color: colour }, { noNullPrototype: true }),
              },
              { noNullPrototype: true },
            ),
            tiers: fc.constant(tiers),
            people: fc.constant(details.map((d, i): Person => ({ id: personIds[i] ?? "", ...d }))),
            relationships: fc.constant(rels),
            actions: actions(personIds, rels),
            settings: fc.record({ healthyThreshold: strength }, { noNullPrototype: true }),
            createdAt: timestamp,
            updatedAt: timestamp,
          },
          { noNullPrototype: true },
        ),
      ),
  );

/**
 * A map with up to two snapshots (kept small: each holds a whole map), in the form parseMapFile
 * gives them back: each snapshot's mapId is the map's id.
 */
export const validMapWithSnapshots: fc.Arbitrary<{ map: PeerMap; snapshots: Snapshot[] }> =
  validMap.chain((map) =>
    fc
      .uniqueArray(
        fc.record(
          { id, label: text(30), date: calendarDate, takenAt: timestamp, map: validMap },
          { noNullPrototype: true },
        ),
        { maxLength: 2, selector: (snapshot) => snapshot.id },
      )
      .map((list) => ({
        map,
        snapshots: list.map(
          (snapshot): Snapshot => ({
            id: snapshot.id,
            mapId: map.id,
            label: snapshot.label,
            date: snapshot.date,
            takenAt: snapshot.takenAt,
            map: snapshot.map,
          }),
        ),
      })),
  );
