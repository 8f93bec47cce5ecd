/**
 * "For the partner's eyes": the map as it may be shown to the partner in a joint workshop.
 * Every export applies this one function, so what is private is decided here and only here.
 *
 * Private, and left out:
 * - notes on people and on relationships (our candid remarks);
 * - people's emails (contact details the partner did not give us);
 * - internal links, between two people of the same organisation (how our own house works).
 *   A link whose other end is unknown is left out too: nothing proves it crosses over.
 *
 * Kept: names, titles, tiers, placements, and each cross-organisation link with its strength
 * and last contact, which are the point of the workshop and facts both sides took part in.
 */
import type { PeerMap, Person, Relationship } from "./model";

function publicPerson({ email: _email, notes: _notes, ...rest }: Person): Person {
  return rest;
}

function publicRelationship({ notes: _notes, ...rest }: Relationship): Relationship {
  return rest;
}

/** Whether `relationship` joins two people of different organisations. */
export function crossesOver(
  relationship: Relationship,
  orgOf: ReadonlyMap<string, string>,
): boolean {
  const from = orgOf.get(relationship.source);
  const to = orgOf.get(relationship.target);
  return from !== undefined && to !== undefined && from !== to;
}

/** `map` without notes, emails and internal links; everything else as it was. */
export function forThePartnersEyes(map: PeerMap): PeerMap {
  const orgOf = new Map(map.people.map((p) => [p.id, p.org]));
  return {
    ...map,
    people: map.people.map(publicPerson),
    relationships: map.relationships.filter((r) => crossesOver(r, orgOf)).map(publicRelationship),
  };
}
