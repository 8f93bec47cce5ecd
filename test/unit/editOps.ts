/**
 * Random editor actions for property tests: maps as the editor could make them, and actions
 * chosen by numbers so that each applies to whatever map it meets.
 */
import fc from "fast-check";
import * as actions from "../../src/domain/actions";
import * as edit from "../../src/domain/edits";
import * as linkEdit from "../../src/domain/linkEdits";
import { type PeerMap, pairKey, STRENGTHS } from "../../src/domain/model";
import * as tiers from "../../src/domain/tiers";
import { arbPeerMap } from "./arbitraries";

/** A map as the editor could make it: no pair linked twice. */
export const arbMap = arbPeerMap().map((map) => {
  const seen = new Set<string>();
  const relationships = map.relationships.filter((r) => {
    const key = pairKey(r.source, r.target);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...map, relationships };
});

/** One editor action, chosen by numbers so that it applies to whatever map it meets. */
export const arbOp = fc.record({
  kind: fc.integer({ min: 0, max: 20 }),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.constantFrom("Ada", "Grace", "", "  ", "Notes\nacross lines", "VP Sales"),
});
export type Op = typeof arbOp extends fc.Arbitrary<infer T> ? T : never;

let fresh = 0;
export function runOp(map: PeerMap, { kind, a, b, text }: Op): PeerMap {
  const pick = <T>(list: readonly T[], n: number) =>
    list.length > 0 ? list[n % list.length] : undefined;
  const person = pick(map.people, a);
  const other = pick(map.people, b);
  const link = pick(map.relationships, a);
  const tier = pick(map.tiers, b);
  const ok = (result: edit.EditResult) => (result.ok ? result.map : map);
  switch (kind) {
    case 0:
      return person ? ok(edit.updatePerson(map, person.id, { title: text })) : map;
    case 1:
      return person
        ? ok(edit.updatePerson(map, person.id, { notes: text, name: `${text}x` }))
        : map;
    case 2:
      return link
        ? ok(linkEdit.updateRelationships(map, [link.id], { strength: STRENGTHS[b % 5] ?? 3 }))
        : map;
    case 3:
      return link ? ok(linkEdit.updateRelationships(map, [link.id], { notes: text })) : map;
    case 4:
      return tier
        ? ok(
            edit.addPerson(
              map,
              { org: a % 2 ? "a" : "b", name: `New ${a}`, tierId: tier.id, place: a % 3 === 0 },
              `np${fresh++}`,
            ),
          )
        : map;
    case 5:
      return person && other
        ? ok(linkEdit.connect(map, person.id, other.id, 3, `nr${fresh++}`))
        : map;
    case 6:
      return person ? ok(edit.removeItems(map, [person.id])) : map;
    case 7:
      return link ? ok(edit.removeItems(map, [], [link.id])) : map;
    case 8:
      return tier ? ok(tiers.renameTier(map, tier.id, `Tier ${a}`)) : map;
    case 9:
      return ok(tiers.addTier(map, `Added ${a}`, `nt${fresh++}`));
    case 10:
      return tier ? ok(tiers.moveTier(map, tier.id, a % 2 ? 1 : -1)) : map;
    case 11:
      return ok(edit.renameMap(map, `Map ${a}`));
    case 12:
      return ok(edit.updateOrg(map, a % 2 ? "a" : "b", { name: `Org ${b}` }));
    case 13:
      return ok(edit.setHealthyThreshold(map, STRENGTHS[a % 5] ?? 3));
    case 14:
      return person && tier
        ? ok(edit.placePerson(map, person.id, tier.id, { x: (a % 3) * 216, y: 16 }))
        : map;
    case 15: {
      const moveTo = pick(map.tiers, a);
      return tier && moveTo && moveTo.id !== tier.id
        ? ok(tiers.deleteTier(map, tier.id, moveTo.id))
        : map;
    }
    case 16:
      return link
        ? ok(
            linkEdit.updateRelationships(map, [link.id], {
              targetStrength: a % 3 === 0 ? null : (STRENGTHS[b % 5] ?? 4),
              planned: b % 2 === 0,
            }),
          )
        : map;
    case 17:
      return ok(
        actions.addAction(
          map,
          {
            text: `Follow up ${a}`,
            about: person ? { kind: "person", id: person.id } : { kind: "gap", id: "g" },
            owner: text,
            ...(other && { ownerId: other.id }),
            due: a % 2 ? "2026-12-01" : "",
          },
          "2026-11-26T10:00:00.000Z",
          `na${fresh++}`,
        ),
      );
    case 18: {
      const action = pick(map.actions, a);
      return action
        ? ok(
            actions.updateAction(
              map,
              action.id,
              { status: b % 2 ? "done" : "open", owner: text },
              "2026-11-27T10:00:00.000Z",
            ),
          )
        : map;
    }
    case 19: {
      const action = pick(map.actions, a);
      return action ? ok(actions.removeActions(map, [action.id])) : map;
    }
    default:
      return person ? ok(edit.unplacePerson(map, person.id)) : map;
  }
}
export const runAll = (map: PeerMap, ops: readonly Op[]): PeerMap => ops.reduce(runOp, map);
