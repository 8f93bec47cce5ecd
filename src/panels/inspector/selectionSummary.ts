/** What a selection is made of and what its items have in common, for the inspector. */
import type { OrgKey, PeerMap, Person, Relationship, Strength } from "../../domain/model";
import type { Selection } from "../../store/selection";
import { peopleCount } from "../roster/rosterModel";

export interface SelectionSummary {
  /** The selected people still on the map, in selection order. */
  people: Person[];
  /** The selected relationships still on the map, in selection order. */
  relationships: Relationship[];
  /** Shared by every selected person; null when mixed or nobody is selected. */
  org: OrgKey | null;
  tierId: string | null;
  /** Shared by every selected relationship; null when mixed or none is selected. */
  strength: Strength | null;
}

function common<T, V>(items: readonly T[], pick: (item: T) => V): V | null {
  const first = items[0];
  if (first === undefined) return null;
  const value = pick(first);
  return items.every((item) => pick(item) === value) ? value : null;
}

function pickIds<T extends { id: string }>(all: readonly T[], ids: readonly string[]): T[] {
  if (ids.length === 0) return [];
  const byId = new Map(all.map((item) => [item.id, item]));
  const out: T[] = [];
  for (const id of ids) {
    const item = byId.get(id);
    if (item) out.push(item);
  }
  return out;
}

/** Ids that are no longer on the map (e.g. after an undo) are ignored. */
export function summariseSelection(
  map: Pick<PeerMap, "people" | "relationships">,
  selection: Selection,
): SelectionSummary {
  const people = pickIds(map.people, selection.people);
  const relationships = pickIds(map.relationships, selection.relationships);
  return {
    people,
    relationships,
    org: common(people, (p) => p.org),
    tierId: common(people, (p) => p.tierId),
    strength: common(relationships, (r) => r.strength),
  };
}

const relationshipCount = (count: number): string =>
  `${count} ${count === 1 ? "relationship" : "relationships"}`;

/** "2 people, 1 relationship": zero parts are left out; "nothing" when both are zero. */
export function describeCounts(people: number, relationships: number): string {
  const parts: string[] = [];
  if (people > 0) parts.push(peopleCount(people));
  if (relationships > 0) parts.push(relationshipCount(relationships));
  return parts.length > 0 ? parts.join(", ") : "nothing";
}

/** Both ends of a relationship, or null when one of them is gone. */
export function relationshipEnds(
  people: readonly Person[],
  relationship: Relationship,
): { source: Person; target: Person; internal: boolean } | null {
  const source = people.find((p) => p.id === relationship.source);
  const target = people.find((p) => p.id === relationship.target);
  if (!source || !target) return null;
  return { source, target, internal: source.org === target.org };
}
