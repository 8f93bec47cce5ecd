/**
 * What a comparison marks on the canvas (the later map is the one drawn): links added or
 * re-rated, people who joined, people who left (a faint card where they were) and the links
 * removed since, drawn faintly where they were.
 */

import { freeSpotInCell } from "../domain/cellPlaces";
import type { MapComparison } from "../domain/compare";
import { type CanvasLayout, computeLayout } from "../domain/layout";
import {
  DEFAULT_ORGS,
  type PeerMap,
  type Person,
  type Position,
  type Relationship,
  type Strength,
} from "../domain/model";
import { fixedCardSize } from "./cardSize";
import type { PersonNode } from "./toFlow";

export type LinkChange = "added" | "removed" | "stronger" | "weaker";

export interface FlowComparison {
  added: ReadonlySet<string>;
  /** A re-rated link's id and its earlier strength. */
  rated: ReadonlyMap<string, Strength>;
  joined: ReadonlySet<string>;
  removed: readonly Relationship[];
  /** People who left, placed on the later map where they were; drawn as faint cards. */
  left: readonly LeftCard[];
}

/** Someone who left: where their card goes on the later map, and where they were (names). */
export interface LeftCard {
  person: Person;
  tierName: string;
  orgName: string;
  color: string;
}

/**
 * `after` is the map drawn. Without `before`, nobody who left can be placed (the caller has
 * only the comparison): they stay listed in the summary only.
 */
export function flowComparison(
  comparison: MapComparison,
  maps?: { before: PeerMap; after: PeerMap },
): FlowComparison {
  const { people, relationships } = comparison;
  return {
    added: new Set(relationships.added.map((link) => link.id)),
    rated: new Map(relationships.rated.map((change) => [change.relationship.id, change.from])),
    joined: new Set(people.joined.map((person) => person.id)),
    removed: relationships.removed,
    left: maps ? leftCards(people.left, maps.before, maps.after) : [],
  };
}

/** The lanes of the map drawn, grown to hold the faint cards of people who left. */
export function comparedLayout(map: PeerMap, comparison: FlowComparison | undefined): CanvasLayout {
  const left = comparison?.left ?? [];
  if (left.length === 0) return computeLayout(map);
  return computeLayout({ tiers: map.tiers, people: [...map.people, ...left.map((c) => c.person)] });
}

/**
 * The cards of people who left, at their place on the earlier map: same tier and cell, their
 * old spot, or the nearest free one when someone now sits there (or another who left does).
 * Someone whose tier is gone, or who was only in the roster, has no place to be drawn.
 */
export function leftCards(left: readonly Person[], before: PeerMap, after: PeerMap): LeftCard[] {
  const tierNames = new Map(before.tiers.map((tier) => [tier.id, tier.name]));
  const tiersNow = new Set(after.tiers.map((tier) => tier.id));
  const taken: Person[] = [...after.people];
  const cards: LeftCard[] = [];
  for (const person of left) {
    if (!person.position || !tiersNow.has(person.tierId)) continue;
    const position = freeSpotInCell({ people: taken }, person.org, person.tierId, person.position);
    const placed = { ...person, position };
    taken.push(placed);
    cards.push({
      person: placed,
      tierName: tierNames.get(person.tierId) ?? "",
      orgName: before.orgs[person.org].name || DEFAULT_ORGS[person.org].name,
      color: before.orgs[person.org].color,
    });
  }
  return cards;
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

/** Someone who left: a card that cannot be selected, moved or linked, named for what it is. */
export function leftNode({ person, tierName, orgName, color }: LeftCard, at: Position): PersonNode {
  return {
    id: person.id,
    type: "person",
    position: at,
    ...fixedCardSize(),
    selectable: false,
    draggable: false,
    connectable: false,
    className: LEFT_CLASS,
    data: { person, tierName, orgName, color, unpaired: false, left: true },
    ariaLabel: `Left: ${person.name} (was ${[tierName, orgName].filter(Boolean).join(", ")})`,
  };
}

/** The class of a left person's node (the canvas lets clicks pass through it). */
export const LEFT_CLASS = "is-left";
