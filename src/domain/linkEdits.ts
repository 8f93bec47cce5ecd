/**
 * Edits to relationships: drawing a link (existing or planned) and changing links. The
 * contract every edit keeps is in edits.ts.
 */
import { done, type EditResult } from "./edits";
import { sameValue } from "./equality";
import { isCalendarDate } from "./format/fields";
import { newId } from "./ids";
import { relationshipLimitReason, textProblem } from "./mapLimits";
import {
  NEW_RELATIONSHIP_STRENGTH,
  type PeerMap,
  pairKey,
  type Relationship,
  type Strength,
} from "./model";
import { cleanText } from "./names";

export function connect(
  map: PeerMap,
  source: string,
  target: string,
  strength: Strength = NEW_RELATIONSHIP_STRENGTH,
  id = newId("r"),
): EditResult {
  if (source === target)
    return { ok: false, reason: "A person cannot have a relationship with themselves." };
  const from = map.people.find((p) => p.id === source);
  const to = map.people.find((p) => p.id === target);
  if (!from || !to) return { ok: false, reason: "Both people must be on the map." };
  const full = relationshipLimitReason(map);
  if (full) return { ok: false, reason: full };
  const key = pairKey(source, target);
  if (map.relationships.some((r) => pairKey(r.source, r.target) === key)) {
    return { ok: false, reason: `${from.name} and ${to.name} are already connected.` };
  }
  const relationship: Relationship = { id, source, target, strength };
  return { ok: true, map: { ...map, relationships: [...map.relationships, relationship] }, id };
}

/**
 * A planned link: one that should exist but does not yet (a ghost suggestion the team means to
 * act on), with the strength it should reach. Refused for the same reasons as `connect`.
 */
export function planLink(
  map: PeerMap,
  source: string,
  target: string,
  targetStrength?: Strength,
  id = newId("r"),
): EditResult {
  const result = connect(map, source, target, NEW_RELATIONSHIP_STRENGTH, id);
  if (!result.ok) return result;
  const relationships = result.map.relationships.map((r) =>
    r.id === id
      ? { ...r, planned: true as const, ...(targetStrength !== undefined && { targetStrength }) }
      : r,
  );
  return { ok: true, map: { ...result.map, relationships }, id };
}

export type RelationshipChanges = Partial<
  Pick<Relationship, "strength" | "notes" | "lastContact">
> & {
  /** The strength it should reach; null clears the target. */
  targetStrength?: Strength | null;
  /** True: a link that should exist but does not yet. */
  planned?: boolean;
};

/**
 * Change relationships; refused, with the reason, when the notes are too long or the date is
 * not a date. Empty text clears a field.
 */
export function updateRelationships(
  map: PeerMap,
  ids: Iterable<string>,
  changes: RelationshipChanges,
): EditResult {
  const date = cleanText(changes.lastContact);
  const refused =
    textProblem({ notes: changes.notes }) ??
    (date === undefined || isCalendarDate(date)
      ? undefined
      : "Write the date of last contact as YYYY-MM-DD, e.g. 2025-03-14.");
  if (refused) return { ok: false, reason: refused };
  const targets = new Set(ids);
  let changed = false;
  const relationships = map.relationships.map((r) => {
    if (!targets.has(r.id)) return r;
    const next: Relationship = { ...r };
    if (changes.strength !== undefined) next.strength = changes.strength;
    if (changes.targetStrength === null) delete next.targetStrength;
    else if (changes.targetStrength !== undefined) next.targetStrength = changes.targetStrength;
    if (changes.planned === true) next.planned = true;
    else if (changes.planned === false) delete next.planned;
    for (const key of ["notes", "lastContact"] as const) {
      if (key in changes) {
        const value = cleanText(changes[key]);
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
    }
    if (sameValue(next, r)) return r;
    changed = true;
    return next;
  });
  return done(map, changed ? { ...map, relationships } : map);
}
