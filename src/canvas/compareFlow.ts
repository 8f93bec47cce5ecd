/**
 * What a comparison marks on the canvas (the later map is the one drawn): links added or
 * re-rated, people who joined, and the links removed since, drawn faintly where they were.
 */
import type { MapComparison } from "../domain/compare";
import type { Relationship, Strength } from "../domain/model";

export type LinkChange = "added" | "removed" | "stronger" | "weaker";

export interface FlowComparison {
  added: ReadonlySet<string>;
  /** A re-rated link's id and its earlier strength. */
  rated: ReadonlyMap<string, Strength>;
  joined: ReadonlySet<string>;
  removed: readonly Relationship[];
}

export function flowComparison(comparison: MapComparison): FlowComparison {
  const { people, relationships } = comparison;
  return {
    added: new Set(relationships.added.map((link) => link.id)),
    rated: new Map(relationships.rated.map((change) => [change.relationship.id, change.from])),
    joined: new Set(people.joined.map((person) => person.id)),
    removed: relationships.removed,
  };
}

/** How a live link changed, and what it was before (for ↑ 2→4). */
export function linkChange(
  link: Relationship,
  comparison: FlowComparison | undefined,
): { change?: LinkChange; was?: Strength } {
  if (!comparison) return {};
  if (comparison.added.has(link.id)) return { change: "added" };
  const was = comparison.rated.get(link.id);
  if (was === undefined) return {};
  return { change: was < link.strength ? "stronger" : "weaker", was };
}
